package com.kneerehab.records.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AddendumInput(
        @NotBlank(message = "Write what is added or corrected") @Size(max = 4000, message = "At most 4000 characters") String text,
        @NotBlank(message = "Give the reason for the addendum") @Size(max = 500, message = "At most 500 characters") String reason) {
}
