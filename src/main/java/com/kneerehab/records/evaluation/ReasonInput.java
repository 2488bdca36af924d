package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a draft is discarded, or a signed evaluation marked entered in error; with the version it is based on. */
public record ReasonInput(
        @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
        @NotBlank(message = "{evaluation.give-the-reason}") @Size(max = 500, message = "{evaluation.at-most-500-characters}") String reason) {
}
