package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AddendumInput(
        @NotBlank(message = "{evaluation.write-what-is-added-or-corrected}") @Size(max = 4000, message = "{evaluation.at-most-4000-characters}") String text,
        @NotBlank(message = "{evaluation.give-the-reason-for-the-addendum}") @Size(max = 500, message = "{evaluation.at-most-500-characters}") String reason) {
}
