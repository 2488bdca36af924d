package com.kneerehab.records.alert;

import java.util.List;
import java.util.Optional;

/**
 * When logged pain calls for a clinician, defined here and nowhere else.
 * <ul>
 * <li>A session's pain is the worse of its two scores, before and after the exercises.</li>
 * <li><b>High pain</b>: a session whose pain is at or above the threshold (7 of 10 unless configured with
 * {@code knee-rehab.high-pain-alert-threshold}).</li>
 * <li><b>Rising pain</b>: the last {@value #RISING_SESSIONS} sessions, in the order of their session dates,
 * each with a higher pain than the one before it (2, 4, 5 rises; 2, 4, 4 and 2, 5, 3 do not). It is
 * judged when a session is logged, over that session and the two logged before it, so a continuing rise is
 * listed again with each session that continues it, with its own values.</li>
 * </ul>
 */
public final class PainRules {

    /** How many sessions in a row must each be worse than the last to count as rising. */
    public static final int RISING_SESSIONS = 3;

    private PainRules() {
    }

    public static int pain(int before, int after) {
        return Math.max(before, after);
    }

    public static boolean high(int pain, int threshold) {
        return pain >= threshold;
    }

    /**
     * The rising series, oldest first, when the latest {@value #RISING_SESSIONS} of {@code painOldestFirst}
     * rise strictly; otherwise empty.
     */
    public static Optional<List<Integer>> rising(List<Integer> painOldestFirst) {
        int n = painOldestFirst.size();
        if (n < RISING_SESSIONS) {
            return Optional.empty();
        }
        List<Integer> last = List.copyOf(painOldestFirst.subList(n - RISING_SESSIONS, n));
        for (int i = 1; i < last.size(); i++) {
            if (last.get(i) <= last.get(i - 1)) {
                return Optional.empty();
            }
        }
        return Optional.of(last);
    }
}
