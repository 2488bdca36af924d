package com.kneerehab.records.worklist;

import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The navigation's counts of the sources that read the whole clinic to decide what is due. Every clinician
 * page shows the counts, and at ten thousand patients one such count costs the database tens of
 * milliseconds, more than the rest of the page; so a count is kept for at most {@code max-age} and shared by
 * every page of this replica, while the worklist itself always reads them afresh. A due measure or report
 * is a matter of days, so a count a minute old says the same thing. Urgent sources are always counted live.
 */
@ApplicationScoped
public class WholeClinicCounts {

    private record Taken(long count, Instant at) {
    }

    private final Map<Class<?>, Taken> taken = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "knee-rehab.worklist.due-count-max-age")
    Duration maxAge;

    /** The source's count as of at most {@code maxAge} before {@code now}, counted again when older. */
    public long count(AttentionSource source, Instant now) {
        if (source.urgent()) {
            throw new IllegalArgumentException("An urgent source is always counted live: " + source);
        }
        Class<?> key = ClientProxy.unwrap(source).getClass();
        Taken last = taken.get(key);
        if (!maxAge.isZero() && last != null && !last.at().plus(maxAge).isBefore(now) && !last.at().isAfter(now)) {
            return last.count();
        }
        long count = source.count(now);
        taken.put(key, new Taken(count, now));
        return count;
    }
}
