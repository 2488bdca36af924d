package com.kneerehab.records.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Answers to a measure: for a choice the value of the chosen answer, for a rating the number, for a PSFS
 * activity its name and rating. A correction also gives its {@code reason} and the number of the response it
 * {@code corrects} (the current one, else the correction is refused as stale). {@code version} is the version of
 * the answers in progress being continued (optional: when given, a stale one is refused).
 */
public record AnswersInput(
        @NotNull(message = "{outcome.answers.required}") @Size(max = 30, message = "{outcome.answers.size}")
        List<@Valid @NotNull(message = "{outcome.answers.required}") Item> answers,
        @Size(max = 1000, message = "{outcome.reason.size}") String reason,
        Integer corrects,
        Integer version) {

    public record Item(
            @NotBlank(message = "{outcome.item.required}") @Size(max = 16, message = "{outcome.item.size}") String item,
            Integer value,
            @Size(max = 200, message = "{outcome.text.size}") String text) {
    }

    java.util.List<Scoring.Answer> toScoring() {
        return answers.stream().map(a -> new Scoring.Answer(a.item(), a.value(), a.text())).toList();
    }
}
