package com.kneerehab.records.evaluation;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Versions;
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

    public record Details(Evaluation evaluation, List<Addendum> addenda) {
        public EvaluationView view() {
            return EvaluationView.of(evaluation, addenda);
        }
    }

    @Transactional
    public Evaluation start(NewEvaluationInput input) {
        long patientId = input.patientId();
        Patient patient = patients.require(patientId);
        if (patient.status == Patient.Status.DISCHARGED) {
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
        return new Details(evaluation, evaluations.addendaFor(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationSummary> history(long patientId) {
        patients.require(patientId);
        audit.success("evaluation.list", RECORD, null, patientId);
        return evaluations.summariesFor(patientId, 200);
    }

    /** The patient's latest evaluations for another feature's page, which writes its own audit line. */
    public List<EvaluationSummary> recentFor(long patientId, int limit) {
        return evaluations.summariesFor(patientId, limit);
    }

    /** Every clinician's drafts started before {@code before}, for the worklist (which writes its own audit line). */
    public List<DraftAge> draftsStartedBefore(java.time.Instant before, int limit) {
        return evaluations.draftsStartedBefore(before, limit);
    }

    public long countDraftsStartedBefore(java.time.Instant before) {
        return evaluations.countDraftsStartedBefore(before);
    }

    @Transactional
    public Evaluation saveStep(long id, StepInputs.StepInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, "evaluation");
        input.applyTo(evaluation);
        if (Boolean.TRUE.equals(input.complete())) {
            evaluation.completeStep(input.step());
        } else {
            evaluation.reopenStep(input.step());
        }
        touch(evaluation);
        audit.success("evaluation.step." + input.step().slug(), RECORD, id, evaluation.patient.id);
        return evaluation;
    }

    @Transactional
    public Evaluation saveAssessment(long id, AssessmentInput input) {
        Evaluation evaluation = requireOwnDraft(id);
        Versions.check(input.version(), evaluation.version, "evaluation");
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
        Versions.check(version, evaluation.version, "evaluation");
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
        Versions.flush(evaluations.getEntityManager(), "evaluation");
    }
}
