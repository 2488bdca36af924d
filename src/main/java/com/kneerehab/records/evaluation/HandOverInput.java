package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** To whom a draft is handed over (their user name), with an optional note and the version it is based on. */
public record HandOverInput(
        @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
        @NotBlank(message = "{evaluation.choose-a-clinician}") String to,
        @Size(max = 500, message = "{evaluation.at-most-500-characters}") String note) {
}
