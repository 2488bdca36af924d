package com.kneerehab.records.episode;

import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientInput;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.plan.TreatmentPlan;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.Side;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of episodes of care, at the service: discharge, what it ends, and the re-referral after it. */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class EpisodeServiceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    TestDatabase db;

    @Inject
    EpisodeService episodes;

    @Inject
    PlanService plans;

    @Inject
    PatientService patients;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked patient;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = fixtures.patientWithPlan("Episodic");
    }

    @Test
    void registeringAPatientOpensTheFirstEpisode() {
        EpisodeView first = episodes.currentEpisode(patient.patientId()).orElseThrow();
        assertEquals(1, first.number());
        assertTrue(first.open());
        assertEquals(TODAY, first.startedOn());
        assertFalse(episodes.isDischarged(patient.patientId()));
    }

    @Test
    void aDischargeRecordsDateReasonAndClinicianAndEndsTheCurrentPlan() {
        EpisodeView discharged = discharge(DischargeReason.GOALS_MET, null);

        assertTrue(discharged.discharged());
        assertEquals(TODAY, discharged.dischargedOn());
        assertEquals(DischargeReason.GOALS_MET, discharged.dischargeReason());
        assertEquals("clinician", discharged.dischargedBy());
        assertNotNull(discharged.dischargedAt());
        assertTrue(episodes.isDischarged(patient.patientId()));
        assertEquals("DISCHARGED", db.single("SELECT status FROM patient WHERE id = " + patient.patientId()));

        PlanView ended = plans.get(patient.planId()).plan();
        assertEquals(TreatmentPlan.Status.ENDED, ended.status());
        assertNotNull(ended.endedAt());
        assertTrue(plans.currentFor(patient.patientId()).isEmpty(), "no current plan after a discharge");
        assertEquals(1, db.count("audit_entry", "action = 'episode.discharge' AND outcome = 'SUCCESS' AND patient_id = "
                + patient.patientId()));
        assertEquals(1, db.count("audit_entry", "action = 'plan.end' AND record_id = " + patient.planId()));
    }

    @Test
    void anOtherReasonNeedsItsOwnWords() {
        DomainException refused = assertThrows(DomainException.class, () -> discharge(DischargeReason.OTHER, " "));
        assertEquals(422, refused.status());
        assertTrue(refused.fieldErrors().containsKey("reasonOther"));
        assertFalse(episodes.isDischarged(patient.patientId()), "nothing saved");

        EpisodeView other = discharge(DischargeReason.OTHER, "Moved abroad");
        assertEquals("Moved abroad", other.dischargeReasonOther());
    }

    @Test
    void aDischargeDateIsNeitherBeforeTheStartNorInTheFuture() {
        long episode = currentId();
        DomainException early = assertThrows(DomainException.class, () -> episodes.discharge(episode,
                new DischargeInput(TODAY.minusDays(1), DischargeReason.GOALS_MET, null, null, 0)));
        assertEquals(422, early.status());
        DomainException future = assertThrows(DomainException.class, () -> episodes.discharge(episode,
                new DischargeInput(TODAY.plusDays(1), DischargeReason.GOALS_MET, null, null, 0)));
        assertEquals(422, future.status());
        assertTrue(future.fieldErrors().containsKey("dischargedOn"));
    }

    @Test
    void anEpisodeIsDischargedOnceAndOnlyFromTheVersionRead() {
        long episode = currentId();
        DomainException stale = assertThrows(DomainException.class, () -> episodes.discharge(episode,
                new DischargeInput(TODAY, DischargeReason.GOALS_MET, null, null, 7)));
        assertEquals(409, stale.status());
        discharge(DischargeReason.STOPPED_ATTENDING, null);
        DomainException again = assertThrows(DomainException.class, () -> episodes.discharge(episode,
                new DischargeInput(TODAY, DischargeReason.GOALS_MET, null, null, 1)));
        assertEquals(409, again.status());
    }

    @Test
    void noPlanIsPrescribedToADischargedPatientUntilANewEpisodeStarts() {
        discharge(DischargeReason.REFERRED_ON, null);
        DomainException refused = assertThrows(DomainException.class, () -> plans.prescribe(aPlan()));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("new episode of care"), refused.getMessage());

        EpisodeView second = episodes.startNew(new NewEpisodeInput(patient.patientId(), TODAY, "Re-referred by the GP"));
        assertEquals(2, second.number());
        assertTrue(second.open());
        assertFalse(episodes.isDischarged(patient.patientId()));
        assertEquals("ACTIVE", db.single("SELECT status FROM patient WHERE id = " + patient.patientId()));

        TreatmentPlan next = plans.prescribe(aPlan());
        assertEquals(2, next.planNumber, "the plan numbers go on across episodes");
        List<EpisodeView> history = episodes.history(patient.patientId());
        assertEquals(List.of(2, 1), history.stream().map(EpisodeView::number).toList(), "the earlier episode stays");
        assertEquals("REFERRED_ON", db.single("SELECT discharge_reason FROM episode_of_care WHERE patient_id = "
                + patient.patientId() + " AND episode_number = 1"));
        assertEquals(1, db.count("audit_entry", "action = 'episode.start' AND record_id = " + second.id()));
    }

    @Test
    void aNewEpisodeWaitsForTheDischargeOfTheOpenOne() {
        DomainException open = assertThrows(DomainException.class,
                () -> episodes.startNew(new NewEpisodeInput(patient.patientId(), TODAY, null)));
        assertEquals(409, open.status());
        assertEquals(1, episodes.history(patient.patientId()).size());
    }

    @Test
    void theDatabaseHoldsAtMostOneOpenEpisodePerPatient() {
        assertThrows(IllegalStateException.class, () -> db.execute("INSERT INTO episode_of_care (patient_id,"
                + " episode_number, status, started_on, started_by_subject, started_by_name, created_at) VALUES ("
                + patient.patientId() + ", 2, 'OPEN', UTC_DATE(), 'x', 'x', UTC_TIMESTAMP())"));
    }

    @Test
    void thePatientsStatusChangesOnlyWithTheEpisodes() {
        Patient p = patients.require(patient.patientId());
        PatientInput edit = new PatientInput(p.givenName, p.familyName, p.dateOfBirth, p.sex, null, null, Side.BOTH,
                null, Patient.Status.DISCHARGED, p.version);
        DomainException refused = assertThrows(DomainException.class, () -> patients.update(p.id, edit));
        assertEquals(422, refused.status());
        assertFalse(episodes.isDischarged(patient.patientId()));
    }

    private EpisodeView discharge(DischargeReason reason, String other) {
        EpisodeView current = episodes.currentEpisode(patient.patientId()).orElseThrow();
        return episodes.discharge(current.id(), new DischargeInput(TODAY, reason, other, "Keep up the brace exercise.",
                current.version()));
    }

    private long currentId() {
        return episodes.currentEpisode(patient.patientId()).orElseThrow().id();
    }

    private PlanInput aPlan() {
        return new PlanInput(patient.patientId(), patient.evaluationId(), TODAY, TODAY.plusWeeks(6), "Run again.",
                List.of(new PlanInput.Item(1L, new DosageInput(3, 10, 5, 1, 5, 6), null)), null);
    }
}
