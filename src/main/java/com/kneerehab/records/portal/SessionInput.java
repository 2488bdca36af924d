package com.kneerehab.records.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A session the patient logs. {@code submissionId} is generated with the form (or by the API client)
 * and makes a repeated submit of the same session harmless.
 */
public record SessionInput(
        @NotBlank(message = "The form is missing its submission id; reload it")
        @Size(max = 64, message = "At most 64 characters")
        @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "Letters, digits and dashes only") String submissionId,
        @NotNull(message = "Enter the date of the session") @PastOrPresent(message = "The date cannot be in the future") LocalDate sessionDate,
        @NotEmpty(message = "Tick the exercises you did") Set<Long> exercisesDone,
        @NotNull(message = "Enter your pain before the session") @Min(value = 0, message = "Between 0 and 10") @Max(value = 10, message = "Between 0 and 10") Integer painBefore,
        @NotNull(message = "Enter your pain after the session") @Min(value = 0, message = "Between 0 and 10") @Max(value = 10, message = "Between 0 and 10") Integer painAfter,
        @Size(max = 1000, message = "At most 1000 characters") String note) {
}
