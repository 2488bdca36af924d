package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

public record NewEvaluationInput(
        @NotNull(message = "{evaluation.choose-the-patient}") Long patientId,
        @NotNull(message = "{evaluation.enter-the-visit-date}") @PastOrPresent(message = "{evaluation.the-visit-date-cannot-be-in}") LocalDate visitDate) {
}
