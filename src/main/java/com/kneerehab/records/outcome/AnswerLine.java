package com.kneerehab.records.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One answer of a response as a person reads it: the question, and the words of the chosen answer (a
 * choice's label, a rating's number, a PSFS activity with its rating). Questions left unanswered (the other
 * branches of VISA-P question 8, activities not named) are left out.
 *
 * @param points the stored value: a choice's points or the rating
 */
public record AnswerLine(String key, String question, String answer, Integer points) {

    public static List<AnswerLine> of(FormView form, MeasureView.ResponseView response) {
        if (response == null) {
            return List.of();
        }
        Map<String, MeasureView.AnswerView> given = response.answers().stream()
                .collect(Collectors.toMap(MeasureView.AnswerView::item, Function.identity(), (a, b) -> a));
        List<AnswerLine> lines = new ArrayList<>();
        for (FormView.ItemView item : form.items()) {
            MeasureView.AnswerView answer = given.get(item.key());
            if (answer == null || (answer.value() == null && answer.text() == null)) {
                continue;
            }
            String words = switch (item.kind()) {
                case CHOICE -> item.options().stream().filter(o -> answer.value() != null && o.value() == answer.value())
                        .map(FormView.OptionView::label).findFirst().orElse(String.valueOf(answer.value()));
                case RATING -> String.valueOf(answer.value());
                case NAMED_RATING -> answer.value() == null ? answer.text()
                        : answer.text() + ": " + answer.value();
            };
            String question = item.groupText() == null ? item.text() : item.groupText() + " " + item.text();
            lines.add(new AnswerLine(item.key(), question, words, answer.value()));
        }
        return lines;
    }
}
