package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Labelled;

import java.util.Arrays;
import java.util.Optional;

/** The four steps of an evaluation, in the top-down order the clinic examines them. */
public enum EvaluationStep implements Labelled {
    RIBCAGE("ribcage", "Ribcage alignment"),
    HIP("hip", "Hip extension and rotation"),
    FOOT_ANKLE("foot-ankle", "Foot and ankle"),
    KNEE_AXIS("knee-axis", "Knee axis");

    private final String slug;
    private final String label;

    EvaluationStep(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean isAbove(EvaluationStep other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<EvaluationStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }
}
