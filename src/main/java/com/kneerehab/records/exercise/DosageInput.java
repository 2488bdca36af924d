package com.kneerehab.records.exercise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Dosage bounds shared by the library's defaults and by prescriptions. */
public record DosageInput(
        @NotNull(message = "Enter the number of sets") @Min(value = 1, message = "Between 1 and 10") @Max(value = 10, message = "Between 1 and 10") Integer sets,
        @NotNull(message = "Enter the repetitions") @Min(value = 1, message = "Between 1 and 100") @Max(value = 100, message = "Between 1 and 100") Integer repetitions,
        @NotNull(message = "Enter the hold in seconds (0 for none)") @Min(value = 0, message = "Between 0 and 300 seconds") @Max(value = 300, message = "Between 0 and 300 seconds") Integer holdSeconds,
        @NotNull(message = "Enter sessions per day") @Min(value = 1, message = "Between 1 and 6") @Max(value = 6, message = "Between 1 and 6") Integer sessionsPerDay,
        @NotNull(message = "Enter days per week") @Min(value = 1, message = "Between 1 and 7") @Max(value = 7, message = "Between 1 and 7") Integer sessionsPerWeek,
        @NotNull(message = "Enter the duration in weeks") @Min(value = 1, message = "Between 1 and 52") @Max(value = 52, message = "Between 1 and 52") Integer durationWeeks) {

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
