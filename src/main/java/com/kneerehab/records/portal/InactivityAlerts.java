package com.kneerehab.records.portal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Raises a "no session logged recently" alert for every patient with a current plan who has logged
 * nothing for the configured number of days. One set-based statement; safe to run on every replica at
 * once, because a database lock lets only one of them work at a time.
 */
@ApplicationScoped
public class InactivityAlerts {

    private static final Logger LOG = Logger.getLogger(InactivityAlerts.class);

    @Inject
    EntityManager em;

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
        Object locked = em.createNativeQuery("SELECT GET_LOCK('knee-rehab-inactivity', 0)").getSingleResult();
        if (locked == null || ((Number) locked).intValue() != 1) {
            return 0;
        }
        try {
            LocalDate since = LocalDate.now(clock).minusDays(days);
            return em.createNativeQuery("""
                            INSERT INTO clinician_alert (patient_id, kind, message, raised_at)
                            SELECT p.patient_id, 'NO_RECENT_SESSION', ?1, UTC_TIMESTAMP(6)
                            FROM treatment_plan p
                            WHERE p.status = 'CURRENT' AND p.start_date <= ?2
                              AND NOT EXISTS (SELECT 1 FROM session_log s
                                              WHERE s.patient_id = p.patient_id AND s.session_date > ?2)
                              AND NOT EXISTS (SELECT 1 FROM clinician_alert a
                                              WHERE a.patient_id = p.patient_id AND a.kind = 'NO_RECENT_SESSION'
                                                AND a.acknowledged_at IS NULL)""")
                    .setParameter(1, "No session logged in the last " + days + " days.")
                    .setParameter(2, since)
                    .executeUpdate();
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('knee-rehab-inactivity')").getSingleResult();
        }
    }
}
