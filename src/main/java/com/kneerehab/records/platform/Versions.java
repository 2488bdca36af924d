package com.kneerehab.records.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Optimistic concurrency: a save names the version it started from, and a stale one is refused. */
public final class Versions {

    private Versions() {
    }

    public static void check(Integer expected, int actual, String what) {
        if (expected == null) {
            throw DomainException.invalid("version", Messages.get(PlatformMessages.class).versionRequired());
        }
        if (expected != actual) {
            throw DomainException.stale(what);
        }
    }

    /** Flushes now so that a concurrent update surfaces as a clear 409 rather than a failed commit. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw DomainException.stale(what);
        }
    }
}
