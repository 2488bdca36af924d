package com.kneerehab.records.exercise;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.List;

/** How much of an exercise, how often and for how long. */
@Embeddable
public class Dosage {

    @Column(name = "default_sets", nullable = false)
    public int sets;

    @Column(name = "default_repetitions", nullable = false)
    public int repetitions;

    @Column(name = "default_hold_seconds", nullable = false)
    public int holdSeconds;

    @Column(name = "default_per_day", nullable = false)
    public int sessionsPerDay;

    @Column(name = "default_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(name = "default_weeks", nullable = false)
    public int durationWeeks;

    /** Plain words for a patient: "3 sets of 10, hold 5 s, once a day, 5 days a week, for 6 weeks". */
    public static String describe(int sets, int repetitions, int holdSeconds, int perDay, int perWeek, int weeks) {
        return describe(MessageBundles.get(ExerciseMessages.class), sets, repetitions, holdSeconds, perDay, perWeek,
                weeks);
    }

    /** The same words in the language of the given bundle. */
    public static String describe(ExerciseMessages words, int sets, int repetitions, int holdSeconds, int perDay,
                                  int perWeek, int weeks) {
        List<String> parts = new ArrayList<>();
        parts.add(sets == 1 ? words.dosageOneSet(repetitions) : words.dosageSets(sets, repetitions));
        if (holdSeconds > 0) {
            parts.add(words.dosageHold(holdSeconds));
        }
        parts.add(switch (perDay) {
            case 1 -> words.dosageOnceADay();
            case 2 -> words.dosageTwiceADay();
            default -> words.dosageTimesADay(perDay);
        });
        parts.add(perWeek == 7 ? words.dosageEveryDay()
                : perWeek == 1 ? words.dosageOneDayAWeek() : words.dosageDaysAWeek(perWeek));
        parts.add(weeks == 1 ? words.dosageOneWeek() : words.dosageWeeks(weeks));
        return String.join(", ", parts);
    }

    public String describe() {
        return describe(sets, repetitions, holdSeconds, sessionsPerDay, sessionsPerWeek, durationWeeks);
    }
}
