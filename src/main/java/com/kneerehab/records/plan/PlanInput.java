package com.kneerehab.records.plan;

import com.kneerehab.records.exercise.DosageInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A prescription. {@code patientId} is required for a first plan; a revision takes the patient of the
 * plan it revises, and {@code version} is the version of that plan.
 */
public record PlanInput(
        Long patientId,
        @NotNull(message = "{plan.choose-the-signed-evaluation-this-plan}") Long evaluationId,
        @NotNull(message = "{plan.enter-the-start-date}") LocalDate startDate,
        @NotNull(message = "{plan.enter-the-review-date}") LocalDate reviewDate,
        @NotBlank(message = "{plan.write-the-goals-of-the-plan}") @Size(max = 2000, message = "{plan.at-most-2000-characters}") String goals,
        @NotNull(message = "{plan.prescribe-at-least-one-exercise}") @Size(min = 1, max = 20, message = "{plan.prescribe-between-1-and-20-exercises}") List<@Valid @NotNull Item> exercises,
        Integer version) {

    public record Item(
            @NotNull(message = "{plan.choose-an-exercise-from-the-library}") Long exerciseId,
            @NotNull(message = "{plan.give-the-dosage}") @Valid DosageInput dosage,
            @Size(max = 1000, message = "{plan.at-most-1000-characters}") String notes) {
    }
}
