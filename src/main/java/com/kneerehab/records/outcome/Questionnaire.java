package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an outcome measure is: its items with their answers, its range and direction, the smallest change
 * that matters clinically, and where each comes from. Each instrument is declared once, in
 * {@link Instrument}; scoring is in {@link Scoring}, the change rule in {@link Change}.
 *
 * @param abbreviation how the measure is named in a sentence ("LEFS")
 * @param items        the questions, in the order they are asked
 * @param min          the lowest possible score
 * @param max          the highest possible score
 * @param higherIsBetter whether a rise in the score means the patient is better
 * @param threshold    the minimal clinically important change
 * @param method       how item answers become the score
 * @param source       the original publication of the instrument
 * @param thresholdSource the publication the threshold comes from
 */
public record Questionnaire(String abbreviation, Text title, Text instructions, List<Item> items, BigDecimal min,
                            BigDecimal max, boolean higherIsBetter, Threshold threshold, Method method,
                            Source source, Source thresholdSource) {

    /** How the answers become a score. */
    public enum Method {
        /** the points of every answer added up */
        SUM,
        /** the average of the ratings given, to one decimal (PSFS) */
        MEAN
    }

    /** Text looked up in the {@code outcome} message bundle, so a validated translation can replace it. */
    @FunctionalInterface
    public interface Text extends Function<OutcomeMessages, String> {
    }

    /** How an item is answered. */
    public enum Kind {
        /** one of a list of answers, each worth its points */
        CHOICE,
        /** a whole number on a scale between two labelled ends */
        RATING,
        /** an activity the patient names, rated on a scale (PSFS) */
        NAMED_RATING
    }

    /**
     * One question.
     *
     * @param key    stable identifier, stored with each answer
     * @param group  items sharing a group are alternatives: exactly one of them is answered (VISA-P 8a/8b/8c)
     * @param groupText the instruction that introduces the group of alternatives
     * @param required whether the item must be answered for the score to be computed
     */
    public record Item(String key, Text text, Kind kind, List<Option> options, int low, int high, Text lowLabel,
                       Text highLabel, String group, Text groupText, boolean required) {

        public static Item choice(String key, Text text, Option... options) {
            return new Item(key, text, Kind.CHOICE, List.of(options), 0, 0, null, null, null, null, true);
        }

        public static Item rating(String key, Text text, int low, int high, Text lowLabel, Text highLabel) {
            return new Item(key, text, Kind.RATING, List.of(), low, high, lowLabel, highLabel, null, null, true);
        }

        public static Item namedRating(String key, Text text, Text lowLabel, Text highLabel, boolean required) {
            return new Item(key, text, Kind.NAMED_RATING, List.of(), 0, 10, lowLabel, highLabel, null, null, required);
        }

        /** The same item as one of a group of alternatives. */
        public Item inGroup(String groupKey, Text introduction) {
            return new Item(key, text, kind, options, low, high, lowLabel, highLabel, groupKey, introduction, false);
        }

        /** Whether {@code value} is an answer this item accepts. */
        public boolean accepts(int value) {
            return kind == Kind.CHOICE ? options.stream().anyMatch(o -> o.points() == value)
                    : value >= low && value <= high;
        }
    }

    /** One answer to a choice item, worth {@code points}; the points are what is stored as the answer. */
    public record Option(int points, Text label) {
    }

    /**
     * The minimal clinically important change: {@code points} on the scale, or, when {@code percent} is set,
     * also that share of the baseline score for an improvement (NPRS: 2 points or 30 %).
     */
    public record Threshold(BigDecimal points, Integer percent) {
    }

    /** A publication: authors, title, journal, year, volume and pages. */
    public record Source(String citation) {
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
