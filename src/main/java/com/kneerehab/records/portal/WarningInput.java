package com.kneerehab.records.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record WarningInput(
        @NotBlank(message = "{portal.submissionId.required}")
        @Size(max = 64, message = "{portal.submissionId.size}")
        @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{portal.submissionId.pattern}") String submissionId,
        @NotNull(message = "{portal.warning.symptom.required}") WarningSymptom symptom,
        @Size(max = 1000, message = "{portal.text.size1000}") String details) {
}
