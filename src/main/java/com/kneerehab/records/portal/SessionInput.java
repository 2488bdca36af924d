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
        @NotBlank(message = "{portal.submissionId.required}")
        @Size(max = 64, message = "{portal.submissionId.size}")
        @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{portal.submissionId.pattern}") String submissionId,
        @NotNull(message = "{portal.session.date.required}") @PastOrPresent(message = "{portal.session.date.future}") LocalDate sessionDate,
        @NotEmpty(message = "{portal.session.exercises.required}") Set<Long> exercisesDone,
        @NotNull(message = "{portal.session.painBefore.required}") @Min(value = 0, message = "{portal.session.pain.range}") @Max(value = 10, message = "{portal.session.pain.range}") Integer painBefore,
        @NotNull(message = "{portal.session.painAfter.required}") @Min(value = 0, message = "{portal.session.pain.range}") @Max(value = 10, message = "{portal.session.pain.range}") Integer painAfter,
        @Size(max = 1000, message = "{portal.text.size1000}") String note) {
}
