package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

public record NewEvaluationInput(
        @NotNull(message = "Choose the patient") Long patientId,
        @NotNull(message = "Enter the visit date") @PastOrPresent(message = "The visit date cannot be in the future") LocalDate visitDate) {
}
