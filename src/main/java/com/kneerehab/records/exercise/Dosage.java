package com.kneerehab.records.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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
        StringBuilder text = new StringBuilder();
        text.append(sets).append(sets == 1 ? " set of " : " sets of ").append(repetitions);
        if (holdSeconds > 0) {
            text.append(", hold ").append(holdSeconds).append(" s");
        }
        text.append(", ").append(switch (perDay) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> perDay + " times a day";
        });
        text.append(", ").append(perWeek == 7 ? "every day" : perWeek + (perWeek == 1 ? " day a week" : " days a week"));
        text.append(", for ").append(weeks).append(weeks == 1 ? " week" : " weeks");
        return text.toString();
    }

    public String describe() {
        return describe(sets, repetitions, holdSeconds, sessionsPerDay, sessionsPerWeek, durationWeeks);
    }
}
