package com.kneerehab.records.exercise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Dosage bounds shared by the library's defaults and by prescriptions. */
public record DosageInput(
        @NotNull(message = "{exercise.dosage.sets.required}") @Min(value = 1, message = "{exercise.dosage.sets.range}") @Max(value = 10, message = "{exercise.dosage.sets.range}") Integer sets,
        @NotNull(message = "{exercise.dosage.repetitions.required}") @Min(value = 1, message = "{exercise.dosage.repetitions.range}") @Max(value = 100, message = "{exercise.dosage.repetitions.range}") Integer repetitions,
        @NotNull(message = "{exercise.dosage.holdSeconds.required}") @Min(value = 0, message = "{exercise.dosage.holdSeconds.range}") @Max(value = 300, message = "{exercise.dosage.holdSeconds.range}") Integer holdSeconds,
        @NotNull(message = "{exercise.dosage.sessionsPerDay.required}") @Min(value = 1, message = "{exercise.dosage.sessionsPerDay.range}") @Max(value = 6, message = "{exercise.dosage.sessionsPerDay.range}") Integer sessionsPerDay,
        @NotNull(message = "{exercise.dosage.sessionsPerWeek.required}") @Min(value = 1, message = "{exercise.dosage.sessionsPerWeek.range}") @Max(value = 7, message = "{exercise.dosage.sessionsPerWeek.range}") Integer sessionsPerWeek,
        @NotNull(message = "{exercise.dosage.durationWeeks.required}") @Min(value = 1, message = "{exercise.dosage.durationWeeks.range}") @Max(value = 52, message = "{exercise.dosage.durationWeeks.range}") Integer durationWeeks) {

    public static DosageInput of(Dosage d) {
        return new DosageInput(d.sets, d.repetitions, d.holdSeconds, d.sessionsPerDay, d.sessionsPerWeek, d.durationWeeks);
    }

    void applyTo(Dosage d) {
        d.sets = sets;
        d.repetitions = repetitions;
        d.holdSeconds = holdSeconds;
        d.sessionsPerDay = sessionsPerDay;
        d.sessionsPerWeek = sessionsPerWeek;
        d.durationWeeks = durationWeeks;
    }
}
