package com.kneerehab.records.evaluation;

import com.kneerehab.records.account.AccountService;
import com.kneerehab.records.account.AccountView;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.Versions;
import org.jboss.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records evaluations. Callers are clinicians; the top-down rules live in {@link Evaluation}. */
@ApplicationScoped
public class EvaluationService {

    public static final String RECORD = "evaluation";

    @Inject
    EvaluationRepository evaluations;

    @Inject
    PatientService patients;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    public record Details(Evaluation evaluation, List<Addendum> addenda) {
        public EvaluationView view() {
            return EvaluationView.of(evaluation, addenda);
        }
    }

    @Transactional
    public Evaluation start(NewEvaluationInput input) {
        long patientId = input.patientId();
        Patient patient = patients.require(patientId);
        if (patients.dischargedForWrite(patientId)) {
            throw DomainException.conflict(Choices.text().patientDischarged());
        }
        Evaluation evaluation = new Evaluation();
        evaluation.patient = patient;
        evaluation.visitDate = input.visitDate();
        evaluation.clinicianSubject = user.subject();
        evaluation.clinicianName = user.displayName();
        evaluation.createdAt = Instant.now(clock);
        evaluation.updatedAt = evaluation.createdAt;
        evaluations.persist(evaluation);
        evaluations.flush();
        audit.success("evaluation.create", RECORD, evaluation.id, patientId);
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details get(long id) {
        Evaluation evaluation = require(id);
        audit.success("evaluation.read", RECORD, id, evaluation.patient.id);
        if (!evaluation.sealHolds()) {
            LOG.warnf("Evaluation %d: the signed content does not match its seal", id);
            audit.failed("evaluation.seal", RECORD, id, evaluation.patient.id);
        }
        return new Details(evaluation, evaluations.addendaFor(id));
    }

    /** Every evaluation of the patient but discarded drafts, newest first; those entered in error are marked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationSummary> history(long patientId) {
        patients.require(patientId);
        audit.success("evaluation.list", RECORD, null, patientId);
        return evaluations.summariesFor(patientId, 200, true);
    }

    /**
     * The patient's latest current evaluations (neither discarded nor entered in error) for another feature's
     * page, which writes its own audit line.
     */
    public List<EvaluationSummary> recentFor(long patientId, int limit) {
        return evaluations.summariesFor(patientId, limit, false);
    }

    /** Every clinician's drafts started before {@code before}, for the worklist (which writes its own audit line). */
    public List<DraftAge> draftsStartedBefore(java.time.Instant before, int limit) {
        return evaluations.draftsStartedBefore(before, limit);
    }

    public long countDraftsStartedBefore(java.time.Instant before, int upTo) {
        return evaluations.countDraftsStartedBefore(before, upTo);
    }

    @Transactional
    public Evaluation saveStep(long id, StepInputs.StepInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, Choices.text().thisRecord());
        input.applyTo(evaluation);
        if (input.asksToComplete()) {
            evaluation.completeStep(input.step());
        } else {
            evaluation.reopenStep(input.step());
        }
        evaluation.draftEditor = null;
        touch(evaluation);
        audit.success("evaluation.step." + input.step().slug(), RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    /**
     * Saves every step of the evaluation page's form as drafts in one go, then completes the one step asked
     * for, if any. Saving never completes a step; a complete step whose findings changed returns to draft
     * with the steps below it (see {@link Evaluation#saveDraft}). Nothing changed, nothing written: a page
     * that saves as it is typed does not move the version or the audit trail while the clinician only reads.
     */
    @Transactional
    public Evaluation saveSteps(long id, StepsInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        evaluation.checkVersion(input.version(), input.editor());
        boolean changed = false;
        for (StepInputs.StepInput step : input.steps() == null ? List.<StepInputs.StepInput>of() : input.steps()) {
            changed |= evaluation.saveDraft(step);
        }
        if (input.complete() != null && !evaluation.isComplete(input.complete())) {
            evaluation.completeStep(input.complete());
            changed = true;
        }
        if (changed) {
            evaluation.draftEditor = input.editor();
            touch(evaluation);
            audit.success(input.complete() == null ? "evaluation.steps.draft"
                    : "evaluation.step." + input.complete().slug(), RECORD, id, evaluation.patient.id);
        }
        return evaluation;
    }

    @Transactional
    public Evaluation saveAssessment(long id, AssessmentInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, Choices.text().thisRecord());
        Set<PainSource> sources = input.painSources() == null || input.painSources().isEmpty()
                ? EnumSet.noneOf(PainSource.class) : EnumSet.copyOf(input.painSources());
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.primarySource() != null && !sources.contains(input.primarySource())) {
            errors.put("primarySource", Choices.text().primaryNotSuspected());
        }
        boolean otherText = input.diagnosisOther() != null && !input.diagnosisOther().isBlank();
        if (input.diagnosis() == Diagnosis.OTHER && !otherText) {
            errors.put("diagnosisOther", Choices.text().describeOtherDiagnosis());
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(Choices.text().assessmentRefused(), errors);
        }
        evaluation.symptoms(input.symptoms() == null ? Set.of() : input.symptoms());
        evaluation.symptomSide = input.symptomSide();
        evaluation.painScore = input.painScore();
        evaluation.painSources(sources);
        evaluation.primarySource = input.primarySource();
        evaluation.diagnosis = input.diagnosis();
        evaluation.diagnosisOther = input.diagnosis() == Diagnosis.OTHER ? input.diagnosisOther().strip() : null;
        touch(evaluation);
        audit.success("evaluation.assessment", RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    @Transactional
    public Evaluation sign(long id, Integer version) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(version, evaluation.version, Choices.text().thisRecord());
        evaluation.sign(user.subject(), user.displayName(), Instant.now(clock));
        touch(evaluation);
        audit.success("evaluation.sign", RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    @Transactional
    public Details addAddendum(long id, AddendumInput input) {
        Evaluation evaluation = require(id);
        if (!evaluation.isSigned()) {
            throw DomainException.conflict(Choices.text().addendaOnlyWhenSigned());
        }
        Addendum addendum = new Addendum();
        addendum.evaluationId = id;
        addendum.authorSubject = user.subject();
        addendum.authorName = user.displayName();
        addendum.createdAt = Instant.now(clock);
        addendum.text = input.text().strip();
        addendum.reason = input.reason().strip();
        evaluations.getEntityManager().persist(addendum);
        evaluations.flush();
        audit.success("evaluation.addendum", RECORD, id, evaluation.patient.id);
        return new Details(evaluation, evaluations.addendaFor(id));
    }

    /** Gives the draft to another active clinician, who records and signs it from now on. Recorded and audited. */
    @Transactional
    public Evaluation handOver(long id, HandOverInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, Choices.text().thisRecord());
        AccountView to = accounts.activeClinicians().stream().filter(a -> a.username().equals(input.to()))
                .findFirst().orElseThrow(() -> DomainException.invalid(Choices.text().handOverRefused(),
                        Map.of("to", Choices.text().noSuchClinician())));
        Handover handover = new Handover();
        handover.evaluationId = id;
        handover.fromSubject = evaluation.clinicianSubject;
        handover.fromName = evaluation.clinicianName;
        handover.toSubject = to.username();
        handover.toName = to.displayName();
        handover.handedAt = Instant.now(clock);
        handover.note = Text.orNull(input.note());
        evaluation.handOver(to.username(), to.displayName());
        evaluations.getEntityManager().persist(handover);
        touch(evaluation);
        audit.success("evaluation.handover", RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    /** Discards the author's draft with a reason: kept and marked, out of the lists, never editable again. */
    @Transactional
    public Evaluation discard(long id, ReasonInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, Choices.text().thisRecord());
        evaluation.discard(user.subject(), user.displayName(), Instant.now(clock), input.reason().strip());
        touch(evaluation);
        audit.success("evaluation.discard", RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    /**
     * Marks a signed evaluation as entered in error (recorded on the wrong patient), with a reason: never
     * deleted, out of the patient's current view, shown in the history. Any clinician may, as with addenda.
     */
    @Transactional
    public Evaluation markEnteredInError(long id, ReasonInput input) {
        Evaluation evaluation = require(id);
        Versions.check(input.version(), evaluation.version, Choices.text().thisRecord());
        evaluation.markEnteredInError(user.subject(), user.displayName(), Instant.now(clock), input.reason().strip());
        touch(evaluation);
        audit.success("evaluation.entered-in-error", RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    /** Who handed this draft to whom, oldest first; read with the evaluation, no audit line of its own. */
    public List<Handover> handovers(long id) {
        return evaluations.handoversFor(id);
    }

    /** The clinicians a draft can be handed over to: every active one but the caller. */
    public List<AccountView> handOverCandidates() {
        return accounts.activeClinicians().stream().filter(a -> !a.username().equals(user.subject())).toList();
    }

    /** Loads the evaluation with its patient; no audit line of its own. */
    public Evaluation require(long id) {
        return evaluations.findWithPatient(id).orElseThrow(() -> DomainException.notFound(Choices.text().theEvaluation()));
    }

    private Evaluation requireOwnDraft(long id) {
        Evaluation evaluation = require(id);
        evaluation.requireEditable();
        if (!evaluation.isEditableBy(user.subject())) {
            audit.denied("evaluation.edit", RECORD, id, evaluation.patient.id);
            EvaluationMessages text = Choices.text();
            throw new DomainException(403, text.notYoursTitle(), text.notYours(evaluation.clinicianName));
        }
        return evaluation;
    }

    private void touch(Evaluation evaluation) {
        evaluation.updatedAt = Instant.now(clock);
        Versions.flush(evaluations.getEntityManager(), Choices.text().thisRecord());
    }
}
