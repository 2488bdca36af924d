package com.kneerehab.records.exercise;

public record ExerciseView(Long id, String name, String purpose, String targets, String instructions,
                           DosageInput defaultDosage, String defaultDosageText, String imageUrl, boolean retired,
                           int version) {

    public static ExerciseView of(Exercise e) {
        return new ExerciseView(e.id, e.name, e.purpose, e.targets, e.instructions, DosageInput.of(e.defaultDosage),
                e.defaultDosage.describe(), e.imageUrl, e.retired, e.version);
    }
}
