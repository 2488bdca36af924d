package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Form;
import jakarta.validation.constraints.NotNull;

/**
 * What a clinician saves for a step, through the API or the page alike: the step's findings class itself
 * (its fields, types and bounds) plus the version the change starts from. {@code complete} asks for the
 * step to be marked complete; otherwise it is saved as a draft. Ranges are in degrees.
 *
 * <p>These classes add nothing but the version, so a new finding is declared once, in its findings class,
 * and reaches the API's request and view, the form and the page from there ({@link StepFields}).
 */
public final class StepInputs {

    private StepInputs() {
    }

    /** A step's findings as a request: the findings, the version, and whether to complete the step. */
    public sealed interface StepInput extends Findings permits Ribcage, Hip, FootAnkle, KneeAxis {

        Integer version();

        EvaluationStep step();

        /** Whether the request asks for the step to be completed. */
        default boolean asksToComplete() {
            return isComplete();
        }

        /** Writes every finding of this input onto the evaluation's findings; says whether any changed. */
        default boolean applyTo(Evaluation evaluation) {
            return StepFields.copy(step(), this, evaluation.findings(step()));
        }
    }

    /** An empty request for a step. */
    public static StepInput of(EvaluationStep step, Integer version, boolean complete) {
        StepInput input = switch (step) {
            case RIBCAGE -> {
                Ribcage r = new Ribcage();
                r.version = version;
                yield r;
            }
            case HIP -> {
                Hip h = new Hip();
                h.version = version;
                yield h;
            }
            case FOOT_ANKLE -> {
                FootAnkle f = new FootAnkle();
                f.version = version;
                yield f;
            }
            case KNEE_AXIS -> {
                KneeAxis k = new KneeAxis();
                k.version = version;
                yield k;
            }
        };
        input.setComplete(complete);
        return input;
    }

    /**
     * Reads one step from a posted form of that step alone (fields by their own names, {@code version},
     * {@code complete}): numbers, yes/no, choices and text, with unreadable values noted on the form.
     */
    public static StepInput read(EvaluationStep step, Form form) {
        return StepFields.read(step, form, of(step, form.integer("version"), form.flag("complete")), false);
    }

    /** Reads one step from the evaluation page's form, where each field is named {@code <step>.<field>}. */
    public static StepInput readFromPage(EvaluationStep step, Form form, Integer version) {
        return StepFields.read(step, form, of(step, version, false), true);
    }

    public static final class Ribcage extends RibcageFindings implements StepInput {
        @NotNull(message = "{evaluation.the-record-version-is-required}")
        public Integer version;

        public Integer version() {
            return version;
        }

        public EvaluationStep step() {
            return EvaluationStep.RIBCAGE;
        }
    }

    public static final class Hip extends HipFindings implements StepInput {
        @NotNull(message = "{evaluation.the-record-version-is-required}")
        public Integer version;

        public Integer version() {
            return version;
        }

        public EvaluationStep step() {
            return EvaluationStep.HIP;
        }
    }

    public static final class FootAnkle extends FootAnkleFindings implements StepInput {
        @NotNull(message = "{evaluation.the-record-version-is-required}")
        public Integer version;

        public Integer version() {
            return version;
        }

        public EvaluationStep step() {
            return EvaluationStep.FOOT_ANKLE;
        }
    }

    public static final class KneeAxis extends KneeAxisFindings implements StepInput {
        @NotNull(message = "{evaluation.the-record-version-is-required}")
        public Integer version;

        public Integer version() {
            return version;
        }

        public EvaluationStep step() {
            return EvaluationStep.KNEE_AXIS;
        }
    }
}
