package com.kneerehab.records.worklist;

import java.time.Instant;
import java.util.List;

/**
 * One kind of reason a patient needs attention. Each source is a bean; the worklist asks every source it
 * finds, so a new reason is a new source and nothing else changes. A source reads with one statement, and at
 * most {@code limit} items; a source that must look at the whole clinic to decide (what is due) says so with
 * {@link #wholeClinic()}, and its count in the navigation is then reused for a while instead of being
 * recomputed on every page.
 */
public interface AttentionSource {

    List<AttentionItem> items(Instant now, int limit);

    /**
     * How many items there are (one statement), for the counts in the navigation. An urgent source counts every
     * item; another may stop at {@code upTo}, so that a page's navigation reads a bounded number of index
     * entries however far behind the clinic is (the navigation then shows "100+").
     */
    long count(Instant now, int upTo);

    /** Whether this source's items count as urgent in the navigation. */
    boolean urgent();

    /**
     * Whether deciding this source's items reads every active patient (due measures, due reports) rather than
     * an index of open items. Such counts are shared by every page for at most
     * {@code knee-rehab.worklist.due-count-max-age}; an urgent source must never be one.
     */
    default boolean wholeClinic() {
        return false;
    }
}
