package com.kneerehab.records.alert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Raises a "no session logged recently" alert for every patient in care, with a portal account and a
 * current plan, who has logged nothing for the configured number of days; after an acknowledgement the
 * patient is left alone for one such window. One set-based statement ({@link AlertRepository#raiseInactivity});
 * safe to run on every replica at once, because a database lock lets only one of them work at a time.
 */
@ApplicationScoped
public class InactivityAlerts {

    private static final Logger LOG = Logger.getLogger(InactivityAlerts.class);

    @Inject
    AlertRepository alerts;

    @Inject
    Clock clock;

    @ConfigProperty(name = "knee-rehab.inactivity-alert-days", defaultValue = "7")
    int days;

    @Scheduled(every = "${knee-rehab.inactivity-check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int raised = raise();
            if (raised > 0) {
                LOG.infof("Raised %d inactivity alerts", raised);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Inactivity check failed and will run again: %s", e.getMessage());
        }
    }

    /** Returns how many alerts were raised. */
    @Transactional
    public int raise() {
        if (!alerts.lockInactivityCheck()) {
            return 0;
        }
        try {
            Instant now = Instant.now(clock);
            return alerts.raiseInactivity(LocalDate.now(clock).minusDays(days), days,
                    LocalDateTime.ofInstant(now.minus(Duration.ofDays(days)), ZoneOffset.UTC));
        } finally {
            alerts.unlockInactivityCheck();
        }
    }

    public int days() {
        return days;
    }
}
