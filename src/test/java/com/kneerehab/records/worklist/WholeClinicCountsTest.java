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
        public long count(Instant now, int upTo) {
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
        assertEquals(3, counts.count(due, T0, 100));
        due.answer = 5;
        assertEquals(3, counts.count(due, T0.plusSeconds(60), 100), "a minute old: still shared");
        assertEquals(1, due.asked);
        assertEquals(5, counts.count(due, T0.plusSeconds(61), 100), "older: counted again");
        assertEquals(2, due.asked);
    }

    @Test
    void aClockThatWentBackCountsAgain() {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        Due due = new Due(false);
        counts.count(due, T0, 100);
        counts.count(due, T0.minusSeconds(1), 100);
        assertEquals(2, due.asked);
    }

    @Test
    void withNoAgeEveryPageCounts() {
        WholeClinicCounts counts = keptFor(Duration.ZERO);
        Due due = new Due(false);
        counts.count(due, T0, 100);
        counts.count(due, T0, 100);
        assertEquals(2, due.asked);
    }

    @Test
    void anUrgentSourceIsNeverKept() {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> counts.count(new Due(true), T0, 100));
    }

    @Test
    void whileOnePageCountsAgainTheOthersShowTheCountTheyHave() throws Exception {
        WholeClinicCounts counts = keptFor(Duration.ofSeconds(60));
        java.util.concurrent.CountDownLatch counting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        Due slow = new Due(false) {
            @Override
            public long count(Instant now, int upTo) {
                long n = super.count(now, upTo);
                if (asked > 1) { // the second count: hold it until the test has asked meanwhile
                    counting.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return n;
            }
        };
        slow.answer = 3;
        counts.count(slow, T0, 100);
        slow.answer = 7;
        Thread recount = new Thread(() -> counts.count(slow, T0.plusSeconds(90), 100));
        recount.start();
        counting.await();
        assertEquals(3, counts.count(slow, T0.plusSeconds(91), 100), "the kept count, without waiting");
        finish.countDown();
        recount.join();
        assertEquals(7, counts.count(slow, T0.plusSeconds(92), 100));
        assertEquals(2, slow.asked);
    }
}
