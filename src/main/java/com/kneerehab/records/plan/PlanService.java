package com.kneerehab.records.plan;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.exercise.Exercise;
import com.kneerehab.records.exercise.ExerciseService;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Versions;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Prescribes and revises treatment plans. Callers are clinicians. */
@ApplicationScoped
public class PlanService {

    public static final String RECORD = "plan";

    @Inject
    PlanRepository plans;

    @Inject
    ExerciseService exercises;

    @Inject
    PatientService patients;

    @Inject
    EvaluationService evaluations;

    @Inject
    EpisodeService episodes;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A plan together with what changed from the version before it (empty for a first plan). */
    public record WithChanges(PlanView plan, List<String> changes) {
    }

    @Transactional
    public TreatmentPlan prescribe(PlanInput input) {
        if (input.patientId() == null) {
            throw DomainException.invalid("patientId", text().choosePatient());
        }
        long patientId = input.patientId();
        Patient patient = patients.require(patientId);
        if (episodes.isDischargedForWrite(patientId)) {
            throw DomainException.conflict(text().patientDischarged());
        }
        Optional<TreatmentPlan> current = plans.currentWithItems(patientId);
        if (current.isPresent()) {
            throw DomainException.conflict(text().alreadyCurrent(current.get().planNumber));
        }
        TreatmentPlan plan = TreatmentPlan.numbered(patient, plans.nextPlanNumber(patientId));
        fill(plan, input);
        plans.persist(plan);
        Versions.flush(plans.getEntityManager(), text().thisRecord());
        audit.success("plan.create", RECORD, plan.id, patientId);
        return plan;
    }

    /** Saves a new version of the current plan and marks the old one superseded, in one transaction. */
    @Transactional
    public TreatmentPlan revise(long planId, PlanInput input) {
        TreatmentPlan old = require(planId);
        if (input.patientId() != null && !input.patientId().equals(old.patient.id)) {
            throw DomainException.invalid("patientId", text().otherPatientsPlan());
        }
        TreatmentPlan revised = old.revise(input.version(), Instant.now(clock));
        fill(revised, input);
        // the old plan must leave the "current" slot before the new one takes it
        Versions.flush(plans.getEntityManager(), text().thisRecord());
        plans.persist(revised);
        Versions.flush(plans.getEntityManager(), text().thisRecord());
        audit.success("plan.revise", RECORD, revised.id, old.patient.id);
        return revised;
    }

    /** A discharge ends the patient's current plan, in the discharge's transaction, with an audit line of its own. */
    void onDischarge(@Observes EpisodeService.Discharged discharge) {
        plans.currentWithItems(discharge.patientId()).ifPresent(plan -> {
            plan.end(discharge.at());
            Versions.flush(plans.getEntityManager(), text().thisRecord());
            audit.success("plan.end", RECORD, plan.id, discharge.patientId());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WithChanges get(long planId) {
        TreatmentPlan plan = require(planId);
        audit.success("plan.read", RECORD, planId, plan.patient.id);
        PlanView view = PlanView.of(plan);
        if (plan.previousPlanId == null) {
            return new WithChanges(view, List.of());
        }
        PlanView previous = PlanView.of(require(plan.previousPlanId));
        return new WithChanges(view, PlanChanges.between(previous, view));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanView> current(long patientId) {
        patients.require(patientId);
        Optional<PlanView> plan = plans.currentWithItems(patientId).map(PlanView::of);
        audit.success("plan.read", RECORD, plan.map(PlanView::id).orElse(null), patientId);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> history(long patientId) {
        patients.require(patientId);
        audit.success("plan.list", RECORD, null, patientId);
        return plans.history(patientId);
    }

    /** The patient's current plan for another feature's page, which writes its own audit line. */
    public Optional<PlanView> currentFor(long patientId) {
        return plans.currentWithItems(patientId).map(PlanView::of);
    }

    /** Every plan the patient has had, newest first, for another feature's page (no audit line of its own). */
    public List<PlanSummary> historyFor(long patientId) {
        return plans.history(patientId);
    }

    /** Every patient's current plans past their review date, for the worklist (which writes its own audit line). */
    public List<ReviewDue> reviewsPassed(java.time.LocalDate today, int limit) {
        return plans.reviewsPassed(today, limit);
    }

    public long countReviewsPassed(java.time.LocalDate today, int upTo) {
        return plans.countReviewsPassed(today, upTo);
    }

    /** The patient's signed evaluations, newest first: the ones a plan may follow from. */
    public List<com.kneerehab.records.evaluation.EvaluationSummary> signedEvaluationsFor(long patientId) {
        return evaluations.recentFor(patientId, 50).stream()
                .filter(com.kneerehab.records.evaluation.EvaluationSummary::signed).toList();
    }

    public TreatmentPlan require(long planId) {
        return plans.findWithItems(planId).orElseThrow(() -> DomainException.notFound(text().thePlan()));
    }

    /** Checks the prescription against the patient's evaluations and the library, then writes it into the plan. */
    private void fill(TreatmentPlan plan, PlanInput input) {
        Patient patient = plan.patient;
        Map<String, String> errors = new LinkedHashMap<>();
        if (!input.reviewDate().isAfter(input.startDate())) {
            errors.put("reviewDate", text().reviewAfterStart());
        }
        Evaluation evaluation = evaluationFor(patient, input.evaluationId(), errors);
        Map<Long, Exercise> library = exercises.byIds(
                input.exercises().stream().map(PlanInput.Item::exerciseId).collect(Collectors.toSet()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.exercises().size(); i++) {
            PlanInput.Item item = input.exercises().get(i);
            Exercise exercise = library.get(item.exerciseId());
            String field = "exercises[" + i + "].exerciseId";
            if (exercise == null) {
                errors.put(field, text().noSuchExercise());
            } else if (exercise.retired) {
                errors.put(field, text().exerciseRetired(exercise.name));
            } else if (!seen.add(exercise.id)) {
                errors.put(field, text().exerciseTwice(exercise.name));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(text().planRefused(), errors);
        }
        plan.evaluation = evaluation;
        plan.startDate = input.startDate();
        plan.reviewDate = input.reviewDate();
        plan.goals = input.goals().strip();
        plan.prescribedBySubject = user.subject();
        plan.prescribedByName = user.displayName();
        plan.createdAt = Instant.now(clock);
        for (PlanInput.Item item : input.exercises()) {
            PlanExercise line = new PlanExercise();
            line.prescribe(library.get(item.exerciseId()));
            line.sets = item.dosage().sets();
            line.repetitions = item.dosage().repetitions();
            line.holdSeconds = item.dosage().holdSeconds();
            line.sessionsPerDay = item.dosage().sessionsPerDay();
            line.sessionsPerWeek = item.dosage().sessionsPerWeek();
            line.durationWeeks = item.dosage().durationWeeks();
            line.notes = Text.orNull(item.notes());
            plan.add(line);
        }
    }

    private Evaluation evaluationFor(Patient patient, long evaluationId, Map<String, String> errors) {
        Evaluation evaluation;
        try {
            evaluation = evaluations.require(evaluationId);
        } catch (DomainException notFound) {
            errors.put("evaluationId", text().noSuchEvaluation());
            return null;
        }
        if (!evaluation.patient.id.equals(patient.id)) {
            errors.put("evaluationId", text().otherPatientsEvaluation());
        } else if (!evaluation.isSigned()) {
            errors.put("evaluationId", text().evaluationNotSigned());
        }
        return evaluation;
    }

    private static PlanMessages text() {
        return MessageBundles.get(PlanMessages.class);
    }
}
