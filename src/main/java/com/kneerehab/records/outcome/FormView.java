package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * A questionnaire as a form shows it: every text resolved from the {@code outcome} bundle, each choice with
 * the value to send back, each rating with its range and labelled ends.
 */
public record FormView(Instrument instrument, String name, String title, String instructions, BigDecimal min,
                       BigDecimal max, boolean higherIsBetter, BigDecimal threshold, Integer thresholdPercent,
                       String source, String thresholdSource, List<ItemView> items) {

    public record ItemView(String key, String text, Questionnaire.Kind kind, boolean required, String group,
                           String groupText, List<OptionView> options, Integer low, Integer high, String lowLabel,
                           String highLabel, boolean opensGroup) {

        /** The form field holding a PSFS activity's name, beside the field of its rating. */
        public String nameField() {
            return key + "-name";
        }
    }

    public record OptionView(int value, String label) {

        /** The value as a form field carries it. */
        public String code() {
            return String.valueOf(value);
        }
    }

    public static FormView of(Instrument instrument, OutcomeMessages messages) {
        Questionnaire q = instrument.questionnaire();
        return new FormView(instrument, q.abbreviation(), q.title().apply(messages), q.instructions().apply(messages),
                q.min(), q.max(), q.higherIsBetter(), q.threshold().points(), q.threshold().percent(),
                q.source().citation(), q.thresholdSource().citation(),
                java.util.stream.IntStream.range(0, q.items().size())
                        .mapToObj(n -> item(q.items().get(n), messages, n > 0 ? q.items().get(n - 1) : null)).toList());
    }

    /** An item as the form shows it; {@code previous} tells whether it is the first of a group of alternatives. */
    private static ItemView item(Questionnaire.Item i, OutcomeMessages messages, Questionnaire.Item previous) {
        boolean choice = i.kind() == Questionnaire.Kind.CHOICE;
        return new ItemView(i.key(), i.text().apply(messages), i.kind(), i.required(), i.group(),
                i.groupText() == null ? null : i.groupText().apply(messages),
                i.options().stream().map(o -> new OptionView(o.points(), o.label().apply(messages))).toList(),
                choice ? null : i.low(), choice ? null : i.high(),
                choice ? null : i.lowLabel().apply(messages), choice ? null : i.highLabel().apply(messages),
                i.group() != null && (previous == null || !i.group().equals(previous.group())));
    }
}
