package com.kneerehab.records.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Every step of the evaluation page's one form, saved together as drafts; {@code complete}, when given,
 * is the one step to complete afterwards. {@code editor} is the token the page was drawn with.
 */
public record StepsInput(
        @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
        String editor,
        @Valid List<StepInputs.StepInput> steps,
        EvaluationStep complete) {
}
