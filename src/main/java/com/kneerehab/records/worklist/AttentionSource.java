package com.kneerehab.records.worklist;

import java.time.Instant;
import java.util.List;

/**
 * One kind of reason a patient needs attention. Each source is a bean; the worklist asks every source it
 * finds, so a new reason is a new source and nothing else changes. A source reads with one statement on an
 * index, whatever the size of the clinic, and at most {@code limit} items.
 */
public interface AttentionSource {

    List<AttentionItem> items(Instant now, int limit);

    /** How many items there are in all (one statement), for the counts in the navigation. */
    long count(Instant now);

    /** Whether this source's items count as urgent in the navigation. */
    boolean urgent();
}
