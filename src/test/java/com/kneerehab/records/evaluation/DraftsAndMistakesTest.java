package com.kneerehab.records.evaluation;

import com.kneerehab.records.Records;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of a draft saved as it is typed, of handing a draft over or discarding it, of marking a signed
 * evaluation entered in error, and of the seal over signed content, at the service.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class DraftsAndMistakesTest {

    @Inject
    EvaluationService service;

    @Inject
    Records records;

    @Inject
    TestDatabase db;

    private long patientId;

    @BeforeEach
    void clean() {
        db.reset();
        Patient patient = records.registered("Ada", "Runner");
        patientId = patient.id;
    }

    private Evaluation started() {
        return service.start(new NewEvaluationInput(patientId, LocalDate.now()));
    }

    private static StepsInput drafts(int version, String editor, EvaluationStep complete, StepInputs.StepInput... steps) {
        return new StepsInput(version, editor, List.of(steps), complete);
    }

    /** Reads the evaluation afresh, as a page would, and says whether its seal holds. */
    private boolean sealHolds(long id) {
        return QuarkusTransaction.requiringNew().call(() -> service.get(id).evaluation().sealHolds());
    }

    private long audited(String action) {
        return db.count("audit_entry", "action = '" + action + "'");
    }

    // ------------------------------------------------------------------ saved as typed

    @Test
    void savingDraftsNeverCompletesAStepEvenWithEveryFinding() {
        Evaluation e = started();
        e = service.saveSteps(e.id, drafts(e.version, "page-1", null, Steps.ribcage(0, true), Steps.hip(0, true)));
        assertFalse(e.isComplete(EvaluationStep.RIBCAGE));
        assertFalse(e.isComplete(EvaluationStep.HIP));
        assertEquals(10, e.hip.extensionLeft);
        assertEquals(Choices.RibcageAlignment.NEUTRAL, e.ribcage.alignment);
    }

    @Test
    void aLowerStepIsSavedAsDraftBeforeTheOneAboveButNotCompleted() {
        Evaluation e = started();
        e = service.saveSteps(e.id, drafts(e.version, "page-1", null, Steps.footAnkle(0, false)));
        assertEquals(30, e.footAnkle.dorsiflexionLeft);
        int version = e.version;
        long id = e.id;
        DomainException refused = assertThrows(DomainException.class, () -> service.saveSteps(id,
                drafts(version, "page-1", EvaluationStep.FOOT_ANKLE, Steps.ribcage(0, false), Steps.footAnkle(0, false))));
        assertEquals(409, refused.status());
        Evaluation after = service.require(id);
        assertFalse(after.isComplete(EvaluationStep.FOOT_ANKLE));
        assertNull(after.ribcage.alignment, "a refused completion saves none of the drafts with it");
    }

    @Test
    void completingAStepSavesEveryStepTypedAboveAndBelowIt() {
        Evaluation e = started();
        e = service.saveSteps(e.id, drafts(e.version, "page-1", EvaluationStep.RIBCAGE, Steps.ribcage(0, false),
                Steps.hip(0, false)));
        assertTrue(e.isComplete(EvaluationStep.RIBCAGE));
        assertFalse(e.isComplete(EvaluationStep.HIP));
        assertEquals(40, e.hip.externalRotationRight, "the hip typed below is kept as a draft");
        e = service.saveSteps(e.id, drafts(e.version, "page-1", EvaluationStep.HIP, Steps.ribcage(0, false),
                Steps.hip(0, false)));
        assertTrue(e.isComplete(EvaluationStep.RIBCAGE), "the ribcage, unchanged, stays complete");
        assertTrue(e.isComplete(EvaluationStep.HIP));
    }

    @Test
    void changingACompleteStepReturnsItAndTheStepsBelowToDraft() {
        Evaluation e = started();
        e = service.saveSteps(e.id, drafts(e.version, "page-1", EvaluationStep.RIBCAGE, Steps.ribcage(0, false),
                Steps.hip(0, false)));
        e = service.saveSteps(e.id, drafts(e.version, "page-1", EvaluationStep.HIP, Steps.hip(0, false)));
        assertTrue(e.isComplete(EvaluationStep.HIP));
        e = service.saveSteps(e.id, drafts(e.version, "page-1", null,
                Steps.step(EvaluationStep.RIBCAGE, 0, false, "alignment", "FLARED", "side", "LEFT")));
        assertFalse(e.isComplete(EvaluationStep.RIBCAGE));
        assertFalse(e.isComplete(EvaluationStep.HIP));
        assertEquals(Choices.RibcageAlignment.FLARED, e.ribcage.alignment);
    }

    @Test
    void aSaveThatChangesNothingWritesNothing() {
        Evaluation e = started();
        e = service.saveSteps(e.id, drafts(e.version, "page-1", null, Steps.hip(0, false)));
        int version = e.version;
        long entries = audited("evaluation.steps.draft");
        e = service.saveSteps(e.id, drafts(version, "page-1", null, Steps.hip(0, false)));
        assertEquals(version, e.version);
        assertEquals(entries, audited("evaluation.steps.draft"));
        assertEquals(1, entries);
    }

    @Test
    void aStaleVersionIsAcceptedOnlyFromThePageThatSavedLast() {
        Evaluation e = started();
        int loaded = e.version;
        e = service.saveSteps(e.id, drafts(loaded, "page-1", null, Steps.hip(0, false)));
        assertTrue(e.version > loaded);
        // the same page's form, sent while its save was under way, carries the version it was drawn with
        e = service.saveSteps(e.id, drafts(loaded, "page-1", EvaluationStep.RIBCAGE, Steps.ribcage(0, false),
                Steps.hip(0, false)));
        assertTrue(e.isComplete(EvaluationStep.RIBCAGE));
        long id = e.id;
        DomainException other = assertThrows(DomainException.class, () -> service.saveSteps(id,
                drafts(loaded, "page-2", null, Steps.footAnkle(0, false))));
        assertEquals(409, other.status());
        DomainException none = assertThrows(DomainException.class, () -> service.saveSteps(id,
                drafts(loaded, null, null, Steps.footAnkle(0, false))));
        assertEquals(409, none.status());
    }

    @Test
    void aSaveFromElsewhereEndsThePagesLicenceToBeStale() {
        Evaluation e = started();
        int loaded = e.version;
        e = service.saveSteps(e.id, drafts(loaded, "page-1", null, Steps.hip(0, false)));
        e = service.saveStep(e.id, Steps.footAnkle(e.version, false));
        long id = e.id;
        DomainException refused = assertThrows(DomainException.class, () -> service.saveSteps(id,
                drafts(loaded, "page-1", null, Steps.ribcage(0, false))));
        assertEquals(409, refused.status());
    }

    // ------------------------------------------------------------------ hand over and discard

    @Test
    void aDraftIsHandedOverToAnotherActiveClinicianRecordedAndAudited() {
        records.account("colleague", "Dr Colleague", Roles.CLINICIAN, null);
        Evaluation e = started();
        e = service.handOver(e.id, new HandOverInput(e.version, "colleague", "Please finish the knee."));
        assertEquals("colleague", e.clinicianSubject);
        assertEquals("Dr Colleague", e.clinicianName);
        assertTrue(e.isEditableBy("colleague"));
        assertFalse(e.isEditableBy("clinician"));
        List<Handover> handovers = service.handovers(e.id);
        assertEquals(1, handovers.size());
        assertEquals("clinician", handovers.get(0).fromSubject);
        assertEquals("colleague", handovers.get(0).toSubject);
        assertEquals("Please finish the knee.", handovers.get(0).note);
        assertEquals(1, audited("evaluation.handover"));
        long id = e.id;
        int version = e.version;
        DomainException notMine = assertThrows(DomainException.class,
                () -> service.saveSteps(id, drafts(version, "page-1", null, Steps.hip(0, false))));
        assertEquals(403, notMine.status());
    }

    @Test
    void aDraftIsNotHandedToTheSameClinicianNorToSomeoneUnknown() {
        records.account("clinician", "Dr Same", Roles.CLINICIAN, null);
        records.account("someone", "A Patient", Roles.PATIENT, null);
        Evaluation e = started();
        long id = e.id;
        int version = e.version;
        DomainException self = assertThrows(DomainException.class,
                () -> service.handOver(id, new HandOverInput(version, "clinician", null)));
        assertEquals(422, self.status());
        DomainException patient = assertThrows(DomainException.class,
                () -> service.handOver(id, new HandOverInput(version, "someone", null)));
        assertEquals(422, patient.status());
        assertTrue(service.handovers(id).isEmpty());
    }

    @Test
    void aDiscardedDraftIsKeptMarkedAndOutOfTheLists() {
        Evaluation kept = started();
        Evaluation e = started();
        e = service.discard(e.id, new ReasonInput(e.version, "Started on the wrong visit"));
        assertTrue(e.isDiscarded());
        assertEquals("Started on the wrong visit", e.discardReason);
        assertEquals("clinician", e.discardedBySubject);
        assertEquals(1, db.count("evaluation", "id = " + e.id + " AND discarded_at IS NOT NULL"));
        assertEquals(List.of(kept.id), service.history(patientId).stream().map(EvaluationSummary::id).toList());
        assertEquals(List.of(kept.id), service.recentFor(patientId, 10).stream().map(EvaluationSummary::id).toList());
        assertFalse(e.isEditableBy("clinician"));
        long id = e.id;
        int version = e.version;
        assertEquals(409, assertThrows(DomainException.class, () -> service.saveSteps(id,
                drafts(version, "page-1", null, Steps.hip(0, false)))).status());
        assertEquals(1, audited("evaluation.discard"));
    }

    @Test
    void onlyTheAuthorDiscardsADraft() {
        Evaluation e = started();
        records.recordedBy(e.id, "colleague", "Dr Colleague");
        int version = service.require(e.id).version;
        DomainException refused = assertThrows(DomainException.class,
                () -> service.discard(e.id, new ReasonInput(version, "Not mine")));
        assertEquals(403, refused.status());
        assertFalse(service.require(e.id).isDiscarded());
    }

    // ------------------------------------------------------------------ entered in error

    private Evaluation signed() {
        Evaluation e = started();
        e = service.saveStep(e.id, Steps.ribcage(e.version, true));
        e = service.saveStep(e.id, Steps.hip(e.version, true));
        e = service.saveStep(e.id, Steps.footAnkle(e.version, true));
        e = service.saveStep(e.id, Steps.kneeAxis(e.version, true));
        e = service.saveAssessment(e.id, new AssessmentInput(e.version, EnumSet.of(Choices.Symptom.CLICKING),
                com.kneerehab.records.platform.Side.LEFT, 4, EnumSet.of(Choices.PainSource.KNEECAP),
                Choices.PainSource.KNEECAP, Choices.Diagnosis.PATELLOFEMORAL_PAIN, null));
        return service.sign(e.id, e.version);
    }

    @Test
    void aSignedEvaluationOnTheWrongPatientIsMarkedNeverDeletedAndLeavesTheCurrentView() {
        Evaluation e = signed();
        e = service.markEnteredInError(e.id, new ReasonInput(e.version, "Recorded on the wrong patient"));
        assertTrue(e.isEnteredInError());
        assertTrue(e.isSigned());
        assertEquals(1, db.count("evaluation", "id = " + e.id));
        assertTrue(service.recentFor(patientId, 10).isEmpty(), "out of the current view");
        List<EvaluationSummary> history = service.history(patientId);
        assertEquals(1, history.size(), "kept in the history");
        assertTrue(history.get(0).enteredInError());
        assertTrue(sealHolds(e.id), "marking it does not touch the sealed content");
        long id = e.id;
        int version = e.version;
        assertEquals(409, assertThrows(DomainException.class,
                () -> service.markEnteredInError(id, new ReasonInput(version, "again"))).status());
        assertEquals(1, audited("evaluation.entered-in-error"));
    }

    @Test
    void aDraftIsDiscardedNotMarkedEnteredInError() {
        Evaluation e = started();
        assertEquals(409, assertThrows(DomainException.class,
                () -> service.markEnteredInError(e.id, new ReasonInput(e.version, "wrong patient"))).status());
    }

    // ------------------------------------------------------------------ the seal over signed content

    @Test
    void signingSealsTheContentAndAnEditInTheDatabaseIsFound() {
        Evaluation e = signed();
        assertNotNull(e.signedHash);
        assertEquals(64, e.signedHash.length());
        assertTrue(sealHolds(e.id));
        db.execute("UPDATE evaluation SET hip_extension_left = 55 WHERE id = " + e.id);
        assertFalse(sealHolds(e.id));
        assertTrue(audited("evaluation.seal") >= 1, "a broken seal is written to the audit trail when shown");
    }

    @Test
    void theMigrationSealsEarlierEvaluationsExactlyAsSigningDoes() throws IOException {
        Evaluation e = signed();
        String sealedAtSigning = db.single("SELECT signed_hash FROM evaluation WHERE id = " + e.id);
        db.execute("UPDATE evaluation SET hip_notes = 'Ünïcode | notes', signed_hash = NULL WHERE id = " + e.id);
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V13__evaluation_drafts_and_seals.sql"));
        String backfill = migration.substring(migration.indexOf("UPDATE evaluation SET signed_hash"));
        db.execute(backfill.substring(0, backfill.indexOf(';')));
        String backfilled = db.single("SELECT signed_hash FROM evaluation WHERE id = " + e.id);
        assertNotNull(backfilled);
        assertTrue(sealHolds(e.id), "the SQL writes the seal the application checks");
        db.execute("UPDATE evaluation SET hip_notes = NULL, signed_hash = NULL WHERE id = " + e.id);
        db.execute(backfill.substring(0, backfill.indexOf(';')));
        assertEquals(sealedAtSigning, db.single("SELECT signed_hash FROM evaluation WHERE id = " + e.id));
    }
}
