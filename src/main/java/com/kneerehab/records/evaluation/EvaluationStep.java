package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Labelled;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four steps of an evaluation, in the top-down order the clinic examines them. */
public enum EvaluationStep implements Labelled {
    RIBCAGE, HIP, FOOT_ANKLE, KNEE_AXIS;

    /** The step's name in addresses: {@code foot-ankle} for FOOT_ANKLE. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step's name, from {@link EvaluationMessages#step}. */
    public String label() {
        return Choices.text().step(this);
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean isAbove(EvaluationStep other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<EvaluationStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug().equals(slug)).findFirst();
    }
}
