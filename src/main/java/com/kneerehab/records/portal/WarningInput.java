package com.kneerehab.records.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record WarningInput(
        @NotBlank(message = "The form is missing its submission id; reload it")
        @Size(max = 64, message = "At most 64 characters")
        @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "Letters, digits and dashes only") String submissionId,
        @NotNull(message = "Choose the symptom you have") WarningSymptom symptom,
        @Size(max = 1000, message = "At most 1000 characters") String details) {
}
