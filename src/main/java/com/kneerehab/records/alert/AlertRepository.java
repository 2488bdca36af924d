package com.kneerehab.records.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** The alert queries, including the set-based inactivity check. */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<ClinicianAlert> {

    static final String INACTIVITY_LOCK = "knee-rehab-inactivity";

    /** The patient's alerts no clinician has acknowledged yet, newest first. */
    public List<ClinicianAlert> openFor(long patientId) {
        return list("patientId = ?1 and acknowledgedAt is null order by raisedAt desc", patientId);
    }

    public boolean isOpen(long patientId, ClinicianAlert.Kind kind) {
        return count("patientId = ?1 and kind = ?2 and acknowledgedAt is null", patientId, kind) > 0;
    }

    /**
     * Takes the database lock that lets one replica at a time run the inactivity check; false when
     * another holds it.
     */
    public boolean lockInactivityCheck() {
        Object locked = getEntityManager().createNativeQuery("SELECT GET_LOCK(?1, 0)")
                .setParameter(1, INACTIVITY_LOCK).getSingleResult();
        return locked != null && ((Number) locked).intValue() == 1;
    }

    public void unlockInactivityCheck() {
        getEntityManager().createNativeQuery("SELECT RELEASE_LOCK(?1)")
                .setParameter(1, INACTIVITY_LOCK).getSingleResult();
    }

    /**
     * In one statement, raises a "no session logged recently" alert for every patient with a current plan
     * started on or before {@code since} who has logged no session after it and has no such alert open.
     * Returns how many were raised.
     */
    public int raiseInactivity(LocalDate since, String message) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO clinician_alert (patient_id, kind, message, raised_at)
                        SELECT p.patient_id, 'NO_RECENT_SESSION', ?1, UTC_TIMESTAMP(6)
                        FROM treatment_plan p
                        WHERE p.status = 'CURRENT' AND p.start_date <= ?2
                          AND NOT EXISTS (SELECT 1 FROM session_log s
                                          WHERE s.patient_id = p.patient_id AND s.session_date > ?2)
                          AND NOT EXISTS (SELECT 1 FROM clinician_alert a
                                          WHERE a.patient_id = p.patient_id AND a.kind = 'NO_RECENT_SESSION'
                                            AND a.acknowledged_at IS NULL)""")
                .setParameter(1, message)
                .setParameter(2, since)
                .executeUpdate();
    }
}
