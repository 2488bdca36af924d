package com.kneerehab.records.plan;

import com.kneerehab.records.exercise.Dosage;
import com.kneerehab.records.exercise.DosageInput;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words a patient reads about their plan (from the exercise bundle, so with the application running). */
@QuarkusTest
class PlanTextTest {

    @Test
    void dosageReadsAsPlainWords() {
        assertEquals("3 sets of 10, hold 5 s, once a day, 5 days a week, for 6 weeks",
                Dosage.describe(3, 10, 5, 1, 5, 6));
        assertEquals("1 set of 12, twice a day, every day, for 1 week", Dosage.describe(1, 12, 0, 2, 7, 1));
        assertEquals("2 sets of 8, 3 times a day, 1 day a week, for 2 weeks", Dosage.describe(2, 8, 0, 3, 1, 2));
    }

    @Test
    void instructionStepsDropTheNumbersTheListAddsItself() {
        PlanView.Item item = new PlanView.Item(1, 1L, "Slide", "", "", "1. Sit down.\n\n2) Slide the heel.\n  Rest  \n10. Again.",
                null, false, new DosageInput(1, 1, 0, 1, 1, 1), "", null);
        assertEquals(List.of("Sit down.", "Slide the heel.", "Rest", "Again."), item.instructionSteps());
    }
}
