package com.kneerehab.records.fhir;

import com.kneerehab.records.Records;
import com.kneerehab.records.evaluation.AddendumInput;
import com.kneerehab.records.evaluation.AssessmentInput;
import com.kneerehab.records.evaluation.Choices;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.evaluation.NewEvaluationInput;
import com.kneerehab.records.evaluation.EvaluationStep;
import com.kneerehab.records.evaluation.StepInputs;
import com.kneerehab.records.evaluation.Steps;
import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.Side;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A patient with a grown record, built through the clinicians' services: three visits (two signed, one a
 * draft), an addendum, a plan revised once, sessions on both versions, and every outcome measure taken, one
 * of them corrected. The sign-in account {@code username} opens it.
 */
@ApplicationScoped
public class FhirFixtures {

    /** What was built, by id. */
    public record Grown(long patientId, long firstEvaluation, long secondEvaluation, long draftEvaluation,
                        long firstPlan, long revisedPlan, long session, long lefs) {
    }

    @Inject
    PortalFixtures portal;

    @Inject
    EvaluationService evaluations;

    @Inject
    PlanService plans;

    @Inject
    Records records;

    @Inject
    OutcomeFixtures outcomes;

    public Grown grownRecord(String username, String familyName) {
        PortalFixtures.Linked linked = portal.patientWithPlan(username, familyName);
        long patient = linked.patientId();
        evaluations.addAddendum(linked.evaluationId(), new AddendumInput("Swelling seen after the visit.",
                "Patient called back"));
        long second = signedEvaluation(patient);
        Evaluation draft = evaluations.start(new NewEvaluationInput(patient, LocalDate.now()));
        evaluations.saveStep(draft.id, ribcage(draft.version, false, Choices.RibcageAlignment.ROTATED,
                Side.RIGHT, "Rotated to the right."));
        int version = QuarkusTransaction.requiringNew().call(() -> plans.require(linked.planId()).version);
        DosageInput dosage = new DosageInput(2, 12, 0, 2, 3, 4);
        long revised = plans.revise(linked.planId(), new PlanInput(null, second, LocalDate.now(),
                LocalDate.now().plusWeeks(4), "Back to hills.", List.of(new PlanInput.Item(3L, dosage, "Both legs."),
                new PlanInput.Item(1L, dosage, null)), version)).id;
        long session = records.session(patient, linked.planId(), LocalDate.now().minusDays(3), 5, 3, username + "-s1");
        records.session(patient, revised, LocalDate.now().minusDays(1), 4, 2, username + "-s2");
        records.session(patient, revised, LocalDate.now(), 3, 3, username + "-s3");
        long lefs = outcomes.taken(patient, Instrument.LEFS, Occasion.BASELINE, "40",
                IntStream.rangeClosed(1, 20).mapToObj(i -> Scoring.Answer.of("q" + i, 2)).toList());
        outcomes.corrected(lefs);
        outcomes.taken(patient, Instrument.NPRS, Occasion.BASELINE, "6", List.of(Scoring.Answer.of("pain", 6)));
        outcomes.taken(patient, Instrument.VISA_P, Occasion.REVIEW, "52", List.of(Scoring.Answer.of("q1", 5),
                Scoring.Answer.of("q2", 6), Scoring.Answer.of("q3", 7), Scoring.Answer.of("q4", 8),
                Scoring.Answer.of("q5", 5), Scoring.Answer.of("q6", 7), Scoring.Answer.of("q7", 4),
                Scoring.Answer.of("q8b", 10)));
        outcomes.taken(patient, Instrument.PSFS, Occasion.BASELINE, "4.5", List.of(
                Scoring.Answer.named("activity1", "Running downhill", 4),
                Scoring.Answer.named("activity2", "Stairs", 5)));
        outcomes.taken(patient, Instrument.KUJALA, Occasion.BASELINE, "70", List.of(Scoring.Answer.of("limp", 5),
                Scoring.Answer.of("support", 5), Scoring.Answer.of("walking", 3), Scoring.Answer.of("stairs", 8),
                Scoring.Answer.of("squatting", 4), Scoring.Answer.of("running", 6), Scoring.Answer.of("jumping", 7),
                Scoring.Answer.of("sitting", 8), Scoring.Answer.of("pain", 8), Scoring.Answer.of("swelling", 8),
                Scoring.Answer.of("subluxation", 10), Scoring.Answer.of("atrophy", 3), Scoring.Answer.of("flexion", 5)));
        return new Grown(patient, linked.evaluationId(), second, draft.id, linked.planId(), revised, session, lefs);
    }

    /** A second visit: more sources, the tendon primary, a diagnosis in the clinician's own words. */
    long signedEvaluation(long patient) {
        Evaluation e = evaluations.start(new NewEvaluationInput(patient, LocalDate.now()));
        e = evaluations.saveStep(e.id, ribcage(e.version, true, Choices.RibcageAlignment.FLARED,
                Side.LEFT, "Left ribs flare on inhale."));
        e = evaluations.saveStep(e.id, hip(e.version, true, -5, 12, 28, 35, 40, 38,
                Choices.HipMotion.PELVIC_DROP, "Drops on the right in gait."));
        e = evaluations.saveStep(e.id, footAnkle(e.version, true, 25, 32,
                Choices.MidfootMobility.STIFF, Choices.FootPosture.PRONATED, null));
        e = evaluations.saveStep(e.id, kneeAxis(e.version, true, true,
                Choices.KneecapTracking.LATERAL, true, "Brought back with manual therapy."));
        e = evaluations.saveAssessment(e.id, new AssessmentInput(e.version,
                EnumSet.of(Choices.Symptom.JUMP_RUN_PAIN, Choices.Symptom.GRINDING), Side.LEFT, 6,
                EnumSet.of(Choices.PainSource.KNEECAP, Choices.PainSource.TENDON, Choices.PainSource.FAT_PAD),
                Choices.PainSource.TENDON, Choices.Diagnosis.OTHER, "Patellar tendinopathy with fat pad irritation"));
        evaluations.sign(e.id, e.version);
        return e.id;
    }

    // A step as the clinician posts it (the findings classes are entities: their fields are set through the form).
    static StepInputs.StepInput ribcage(int version, boolean complete, Choices.RibcageAlignment alignment, Side side,
                                        String notes) {
        return Steps.step(EvaluationStep.RIBCAGE, version, complete, "alignment", alignment.name(), "side", side.name(),
                "notes", notes);
    }

    static StepInputs.StepInput hip(int version, boolean complete, int extensionLeft, int extensionRight,
                                    int internalLeft, int internalRight, int externalLeft, int externalRight,
                                    Choices.HipMotion motion, String notes) {
        return Steps.step(EvaluationStep.HIP, version, complete, "extensionLeft", String.valueOf(extensionLeft),
                "extensionRight", String.valueOf(extensionRight), "internalRotationLeft", String.valueOf(internalLeft),
                "internalRotationRight", String.valueOf(internalRight), "externalRotationLeft", String.valueOf(externalLeft),
                "externalRotationRight", String.valueOf(externalRight), "motion", motion.name(), "notes", notes);
    }

    static StepInputs.StepInput footAnkle(int version, boolean complete, int dorsiflexionLeft, int dorsiflexionRight,
                                          Choices.MidfootMobility midfoot, Choices.FootPosture posture, String notes) {
        return Steps.step(EvaluationStep.FOOT_ANKLE, version, complete, "dorsiflexionLeft", String.valueOf(dorsiflexionLeft),
                "dorsiflexionRight", String.valueOf(dorsiflexionRight), "midfootMobility", midfoot.name(),
                "footPosture", posture.name(), "notes", notes == null ? "" : notes);
    }

    static StepInputs.StepInput kneeAxis(int version, boolean complete, boolean offAxis,
                                         Choices.KneecapTracking tracking, boolean manualTherapy, String notes) {
        return Steps.step(EvaluationStep.KNEE_AXIS, version, complete, "offAxis", String.valueOf(offAxis),
                "tracking", tracking.name(), "manualTherapy", String.valueOf(manualTherapy), "notes", notes);
    }
}
