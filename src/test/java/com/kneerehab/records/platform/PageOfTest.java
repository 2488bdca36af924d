package com.kneerehab.records.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageOfTest {

    private final AtomicInteger counts = new AtomicInteger();

    private LongSupplier countOf(long total) {
        return () -> {
            counts.incrementAndGet();
            return total;
        };
    }

    @Test
    void aShortFirstPageIsTheWholeList() {
        PageOf<String> page = PageOf.counting(List.of("a", "b"), 0, 25, countOf(99));
        assertEquals(2, page.total());
        assertEquals(0, counts.get());
        assertFalse(page.hasNext());
    }

    @Test
    void aFullPageAsksForTheTotal() {
        PageOf<String> page = PageOf.counting(List.of("a", "b"), 0, 2, countOf(7));
        assertEquals(7, page.total());
        assertEquals(1, counts.get());
        assertTrue(page.hasNext());
    }

    @Test
    void aShortLaterPageEndsTheList() {
        PageOf<String> page = PageOf.counting(List.of("a"), 3, 2, countOf(99));
        assertEquals(7, page.total());
        assertEquals(0, counts.get());
        assertFalse(page.hasNext());
    }

    @Test
    void anEmptyPageBeyondTheEndStillCounts() {
        PageOf<String> page = PageOf.counting(List.of(), 5, 2, countOf(4));
        assertEquals(4, page.total());
        assertEquals(1, counts.get());
    }

    @Test
    void anEmptyFirstPageIsAnEmptyList() {
        assertEquals(0, PageOf.counting(List.of(), 0, 25, countOf(99)).total());
        assertEquals(0, counts.get());
    }
}
