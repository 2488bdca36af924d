package com.kneerehab.records.outcome;

import com.kneerehab.records.outcome.Questionnaire.Item;
import com.kneerehab.records.outcome.Questionnaire.Kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a patient's answers against a questionnaire and computes the score. Answers in progress may leave
 * questions out; a submitted set must be complete by the instrument's own rules: every question of LEFS,
 * Kujala and NPRS, VISA-P questions 1-7 and exactly one of 8a, 8b or 8c, and at least one named and rated
 * PSFS activity. None of these instruments defines a way to fill in a missing answer, so a set with one
 * missing is refused rather than estimated.
 */
public final class Scoring {

    /** Why an answer, or the lack of one, is refused. Keyed by item key (or group key for alternatives). */
    public enum Fault {
        MISSING, NOT_AN_OPTION, OUT_OF_RANGE, UNKNOWN_ITEM, REPEATED, ACTIVITY_UNNAMED, ACTIVITY_UNRATED,
        ONE_BRANCH, NO_ACTIVITY
    }

    /** One answer: the points of the chosen option or the rating, and for a PSFS activity its name. */
    public record Answer(String item, Integer value, String text) {

        public static Answer of(String item, int value) {
            return new Answer(item, value, null);
        }

        public static Answer named(String item, String text, Integer value) {
            return new Answer(item, value, text);
        }

        boolean isEmpty() {
            return value == null && (text == null || text.isBlank());
        }
    }

    /** The answers worth keeping (blank ones dropped, names trimmed) and what is wrong with them, if anything. */
    public record Checked(List<Answer> answers, Map<String, Fault> faults) {

        public boolean ok() {
            return faults.isEmpty();
        }
    }

    private Scoring() {
    }

    /** Checks answers in progress: what is given must be valid, anything may still be missing. */
    public static Checked checkPartial(Questionnaire questionnaire, List<Answer> answers) {
        return check(questionnaire, answers, false);
    }

    /** Checks a set for submission: it must be valid and complete. */
    public static Checked checkComplete(Questionnaire questionnaire, List<Answer> answers) {
        return check(questionnaire, answers, true);
    }

    /** The score of a complete set, or empty if it is not complete and valid. */
    public static Optional<BigDecimal> score(Questionnaire questionnaire, List<Answer> answers) {
        Checked checked = checkComplete(questionnaire, answers);
        if (!checked.ok()) {
            return Optional.empty();
        }
        List<Integer> values = checked.answers().stream().map(Answer::value).toList();
        BigDecimal total = BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum());
        return Optional.of(switch (questionnaire.method()) {
            case SUM -> total;
            case MEAN -> total.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
        });
    }

    private static Checked check(Questionnaire questionnaire, List<Answer> given, boolean complete) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        List<Answer> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> answeredInGroup = new HashMap<>();
        for (Answer answer : given) {
            if (answer == null || answer.item() == null) {
                continue;
            }
            Optional<Item> found = questionnaire.item(answer.item());
            if (found.isEmpty()) {
                faults.put(answer.item(), Fault.UNKNOWN_ITEM);
                continue;
            }
            if (!seen.add(answer.item())) {
                faults.put(answer.item(), Fault.REPEATED);
                continue;
            }
            Item item = found.get();
            if (answer.value() == null && (item.kind() != Kind.NAMED_RATING || answer.isEmpty())) {
                continue;
            }
            Fault fault = checkOne(item, answer, complete);
            if (fault != null) {
                faults.put(item.key(), fault);
                continue;
            }
            String text = item.kind() == Kind.NAMED_RATING && answer.text() != null ? answer.text().strip() : null;
            kept.add(new Answer(item.key(), answer.value(), text == null || text.isEmpty() ? null : text));
            if (item.group() != null) {
                answeredInGroup.merge(item.group(), 1, Integer::sum);
            }
        }
        for (Item item : questionnaire.items()) {
            if (item.group() != null) {
                int answered = answeredInGroup.getOrDefault(item.group(), 0);
                if (answered > 1) {
                    faults.putIfAbsent(item.group(), Fault.ONE_BRANCH);
                } else if (answered == 0 && complete && questionnaire.items().stream()
                        .noneMatch(other -> item.group().equals(other.group()) && faults.containsKey(other.key()))) {
                    faults.putIfAbsent(item.group(), Fault.MISSING);
                }
            } else if (complete && item.required() && !faults.containsKey(item.key())
                    && kept.stream().noneMatch(a -> a.item().equals(item.key()))) {
                faults.put(item.key(), Fault.MISSING);
            }
        }
        if (complete && kept.isEmpty() && questionnaire.items().stream().allMatch(i -> i.kind() == Kind.NAMED_RATING)) {
            faults.putIfAbsent(questionnaire.items().get(0).key(), Fault.NO_ACTIVITY);
        }
        return new Checked(List.copyOf(kept), faults);
    }

    private static Fault checkOne(Item item, Answer answer, boolean complete) {
        if (item.kind() == Kind.NAMED_RATING) {
            boolean named = answer.text() != null && !answer.text().isBlank();
            if (answer.value() == null) {
                return complete ? Fault.ACTIVITY_UNRATED : null;
            }
            if (!item.accepts(answer.value())) {
                return Fault.OUT_OF_RANGE;
            }
            return named || !complete ? null : Fault.ACTIVITY_UNNAMED;
        }
        if (!item.accepts(answer.value())) {
            return item.kind() == Kind.CHOICE ? Fault.NOT_AN_OPTION : Fault.OUT_OF_RANGE;
        }
        return null;
    }
}
