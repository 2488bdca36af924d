package com.kneerehab.records.plan;

import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.exercise.Exercise;
import com.kneerehab.records.exercise.ExerciseInput;
import com.kneerehab.records.exercise.ExerciseService;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan keeps the exercise text it was prescribed with: editing or retiring the library exercise changes
 * what later plans copy, never a plan already prescribed, and every library change is audited.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class PrescriptionAsPrescribedTest {

    static final DosageInput DOSAGE = new DosageInput(3, 12, 0, 1, 4, 8);

    @Inject
    TestDatabase db;

    @Inject
    ExerciseService library;

    @Inject
    PlanService plans;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked patient;
    Exercise calfRaise;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = fixtures.patientWithPlan("Prescribed");
        calfRaise = library.create(input("Bent-knee calf raise", "Soleus endurance for hills.",
                "1. Stand on a step.\n2. Rise slowly.", "/static/calf.png", null));
    }

    @Test
    void editingTheLibraryLeavesAPrescribedPlanAsItWas() {
        TreatmentPlan plan = revise(patient.planId(), 0);
        library.update(calfRaise.id, input("Calf raise, single leg", "Harder: one leg.",
                "1. Stand on one leg.\n2. Rise fast.", null, 0));

        PlanView.Item item = itemOf(plans.get(plan.id).plan());
        assertEquals("Bent-knee calf raise", item.name());
        assertEquals("Soleus endurance for hills.", item.purpose());
        assertEquals(List.of("Stand on a step.", "Rise slowly."), item.instructionSteps());
        assertEquals("/static/calf.png", item.imageUrl());

        // the next prescription copies the library as it is now
        TreatmentPlan next = revise(plan.id, plans.require(plan.id).version);
        PlanView.Item copied = itemOf(plans.get(next.id).plan());
        assertEquals("Calf raise, single leg", copied.name());
        assertEquals(List.of("Stand on one leg.", "Rise fast."), copied.instructionSteps());
        assertEquals(null, copied.imageUrl());
    }

    @Test
    void retiringAnExerciseKeepsItOnThePlansThatUseItWithTheirText() {
        TreatmentPlan plan = revise(patient.planId(), 0);
        library.setRetired(calfRaise.id, true, 0);
        PlanView.Item item = itemOf(plans.get(plan.id).plan());
        assertEquals("Bent-knee calf raise", item.name());
        assertTrue(item.retired(), "the clinician still sees that it has been retired since");
    }

    @Test
    void everyLibraryChangeIsAudited() {
        library.update(calfRaise.id, input("Calf raise", "Soleus.", "1. Rise.", null, 0));
        library.setRetired(calfRaise.id, true, 1);
        library.setRetired(calfRaise.id, false, 2);
        for (String action : List.of("exercise.create", "exercise.update", "exercise.retire", "exercise.reinstate")) {
            assertEquals(1, db.count("audit_entry", "action = '" + action + "' AND record_type = 'exercise'"
                    + " AND record_id = " + calfRaise.id + " AND subject = 'clinician' AND outcome = 'SUCCESS'"), action);
        }
    }

    @Test
    void everyPrescribedLineCarriesItsOwnText() {
        assertEquals(0, db.count("plan_exercise", "exercise_name IS NULL OR exercise_instructions IS NULL"));
        assertEquals("Knee slide-and-glide", db.single("SELECT exercise_name FROM plan_exercise WHERE plan_id = "
                + patient.planId() + " AND position = 1"));
    }

    private TreatmentPlan revise(long planId, int version) {
        return plans.revise(planId, new PlanInput(patient.patientId(), patient.evaluationId(), LocalDate.now(),
                LocalDate.now().plusWeeks(6), "Hills again.", List.of(new PlanInput.Item(calfRaise.id, DOSAGE, null)),
                version));
    }

    private PlanView.Item itemOf(PlanView plan) {
        return plan.exercises().stream().filter(i -> i.exerciseId().equals(calfRaise.id)).findFirst().orElseThrow();
    }

    private static ExerciseInput input(String name, String purpose, String instructions, String image, Integer version) {
        return new ExerciseInput(name, purpose, "Soleus", instructions, DOSAGE, image, version);
    }
}
