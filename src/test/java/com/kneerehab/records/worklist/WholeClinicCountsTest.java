package com.kneerehab.records.worklist;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A whole-clinic count is shared for at most its maximum age, and an urgent source is never kept. */
class WholeClinicCountsTest {

    /** Counts how often it was asked, and answers a number the test moves. */
    static class Due implements AttentionSource {
        int asked;
        long answer;
        final boolean urgent;

        Due(boolean urgent) {
            this.urgent = urgent;
        }

        @Override
        public List<AttentionItem> items(Instant now, int limit) {
            return List.of();
        }

        @Override
        public long count(Instant now) {
            asked++;
            return answer;
        }

        @Override
        public boolean urgent() {
            return urgent;
        }

        @Override
        public boolean wholeClinic() {
            return true;
        }
    }

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private static WholeClinicCounts keptFor(Duration maxAge) {
        WholeClinicCounts counts = new WholeClinicCounts();
        counts.maxAge = maxAge;
        return counts;
    }

    @Test
    void reusedWhileFreshThenCountedAgain() {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        Due due = new Due(false);
        due.answer = 3;
        assertEquals(3, counts.count(due, T0));
        due.answer = 5;
        assertEquals(3, counts.count(due, T0.plusSeconds(60)), "a minute old: still shared");
        assertEquals(1, due.asked);
        assertEquals(5, counts.count(due, T0.plusSeconds(61)), "older: counted again");
        assertEquals(2, due.asked);
    }

    @Test
    void aClockThatWentBackCountsAgain() {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        Due due = new Due(false);
        counts.count(due, T0);
        counts.count(due, T0.minusSeconds(1));
        assertEquals(2, due.asked);
    }

    @Test
    void withNoAgeEveryPageCounts() {
        WholeClinicCounts counts = keptFor(Duration.ZERO);
        Due due = new Due(false);
        counts.count(due, T0);
        counts.count(due, T0);
        assertEquals(2, due.asked);
    }

    @Test
    void anUrgentSourceIsNeverKept() {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> counts.count(new Due(true), T0));
    }
}
