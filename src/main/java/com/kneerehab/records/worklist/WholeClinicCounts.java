package com.kneerehab.records.worklist;

import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The navigation's counts of the sources that read the whole clinic to decide what is due. Every clinician
 * page shows the counts, and at ten thousand patients one such count costs the database tens of
 * milliseconds, more than the rest of the page; so a count is kept for at most {@code max-age} and shared by
 * every page of this replica, while the worklist itself always reads them afresh. A due measure or report
 * is a matter of days, so a count a minute old says the same thing. One page at a time counts again; the
 * others meanwhile show the count they have (only the very first pages wait for it). Urgent sources are
 * always counted live.
 */
@ApplicationScoped
public class WholeClinicCounts {

    private record Taken(long count, Instant at) {
    }

    private final Map<Class<?>, Taken> taken = new ConcurrentHashMap<>();
    private final Map<Class<?>, ReentrantLock> counting = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "knee-rehab.worklist.due-count-max-age")
    Duration maxAge;

    /** The source's count as of at most {@code maxAge} before {@code now}, counted again when older. */
    public long count(AttentionSource source, Instant now, int upTo) {
        if (source.urgent()) {
            throw new IllegalArgumentException("An urgent source is always counted live: " + source);
        }
        if (maxAge.isZero()) {
            return source.count(now, upTo);
        }
        Class<?> key = ClientProxy.unwrap(source).getClass();
        Taken last = taken.get(key);
        if (fresh(last, now)) {
            return last.count();
        }
        ReentrantLock lock = counting.computeIfAbsent(key, k -> new ReentrantLock());
        if (last != null && !lock.tryLock()) {
            return last.count(); // another page is counting it again right now
        }
        if (last == null) {
            lock.lock();
        }
        try {
            Taken latest = taken.get(key);
            if (fresh(latest, now)) {
                return latest.count();
            }
            long count = source.count(now, upTo);
            taken.put(key, new Taken(count, now));
            return count;
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Taken last, Instant now) {
        return last != null && !last.at().plus(maxAge).isBefore(now) && !last.at().isAfter(now);
    }
}
