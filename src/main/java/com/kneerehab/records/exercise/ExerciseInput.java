package com.kneerehab.records.exercise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ExerciseInput(
        @NotBlank(message = "Enter the exercise name") @Size(max = 120, message = "At most 120 characters") String name,
        @NotBlank(message = "Say what the exercise is for") @Size(max = 1000, message = "At most 1000 characters") String purpose,
        @NotBlank(message = "Name the muscles or structures it targets") @Size(max = 500, message = "At most 500 characters") String targets,
        @NotBlank(message = "Write the step-by-step instructions") @Size(max = 4000, message = "At most 4000 characters") String instructions,
        @NotNull(message = "Give the default dosage") @Valid DosageInput defaultDosage,
        @Size(max = 500, message = "At most 500 characters")
        @Pattern(regexp = "^(https://\\S+|/\\S*)?$", message = "Use an https:// address or a path on this site") String imageUrl,
        Integer version) {
}
