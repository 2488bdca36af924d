package com.kneerehab.records.portal;

import com.kneerehab.records.Records;
import com.kneerehab.records.evaluation.AssessmentInput;
import com.kneerehab.records.evaluation.Choices;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.evaluation.NewEvaluationInput;
import com.kneerehab.records.evaluation.Steps;
import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientInput;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.plan.TreatmentPlan;
import com.kneerehab.records.platform.Side;
import com.kneerehab.records.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Builds a patient with a signed evaluation, a current plan and a sign-in account linked to the record,
 * through the same services the clinician's pages use.
 */
@ApplicationScoped
public class PortalFixtures {

    public record Linked(long patientId, long planId, long evaluationId) {
    }

    @Inject
    PatientService patients;

    @Inject
    EvaluationService evaluations;

    @Inject
    PlanService plans;

    @Inject
    Records records;

    public Linked patientWithPlan(String username, String familyName) {
        Linked linked = patientWithPlan(familyName);
        records.account(username, "Pat " + familyName, Roles.PATIENT, linked.patientId());
        return linked;
    }

    /** A patient with a signed evaluation and a current plan of two exercises, not yet linked to any account. */
    public Linked patientWithPlan(String familyName) {
        Patient patient = patients.register(new PatientInput("Pat", familyName, LocalDate.of(1992, 5, 6),
                Patient.Sex.MALE, null, null, Side.BOTH, null, null, null));
        Evaluation e = evaluations.start(new NewEvaluationInput(patient.id, LocalDate.now()));
        e = evaluations.saveStep(e.id, Steps.ribcage(e.version, true));
        e = evaluations.saveStep(e.id, Steps.hip(e.version, true));
        e = evaluations.saveStep(e.id, Steps.footAnkle(e.version, true));
        e = evaluations.saveStep(e.id, Steps.kneeAxis(e.version, true));
        e = evaluations.saveAssessment(e.id, new AssessmentInput(e.version, EnumSet.of(Choices.Symptom.CLICKING),
                Side.BOTH, 4, EnumSet.of(Choices.PainSource.KNEECAP), Choices.PainSource.KNEECAP,
                Choices.Diagnosis.PATELLOFEMORAL_PAIN, null));
        evaluations.sign(e.id, e.version);
        DosageInput dosage = new DosageInput(3, 10, 5, 1, 5, 6);
        TreatmentPlan plan = plans.prescribe(new PlanInput(patient.id, e.id, LocalDate.now().minusDays(14),
                LocalDate.now().plusWeeks(6), "Run again.", List.of(new PlanInput.Item(1L, dosage, "Slowly."),
                new PlanInput.Item(2L, dosage, null)), null));
        return new Linked(patient.id, plan.id, e.id);
    }
}
