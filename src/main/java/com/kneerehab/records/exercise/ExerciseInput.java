package com.kneerehab.records.exercise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ExerciseInput(
        @NotBlank(message = "{exercise.name.required}") @Size(max = 120, message = "{exercise.name.size}") String name,
        @NotBlank(message = "{exercise.purpose.required}") @Size(max = 1000, message = "{exercise.purpose.size}") String purpose,
        @NotBlank(message = "{exercise.targets.required}") @Size(max = 500, message = "{exercise.text.size500}") String targets,
        @NotBlank(message = "{exercise.instructions.required}") @Size(max = 4000, message = "{exercise.instructions.size}") String instructions,
        @NotNull(message = "{exercise.defaultDosage.required}") @Valid DosageInput defaultDosage,
        @Size(max = 500, message = "{exercise.text.size500}")
        @Pattern(regexp = "^(https://\\S+|/\\S*)?$", message = "{exercise.imageUrl.pattern}") String imageUrl,
        Integer version) {
}
