package com.kneerehab.records.outcome;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A clinician asks a patient to fill in a measure; without a due date it is due the day it is assigned. */
public record AssignInput(
        @NotNull(message = "{outcome.patient.required}") Long patientId,
        @NotNull(message = "{outcome.instrument.required}") Instrument instrument,
        @NotNull(message = "{outcome.occasion.required}") Occasion occasion,
        LocalDate dueDate) {
}
