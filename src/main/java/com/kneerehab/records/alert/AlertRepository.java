package com.kneerehab.records.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The alert queries, including the set-based inactivity check. */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<ClinicianAlert> {

    static final String INACTIVITY_LOCK = "knee-rehab-inactivity";

    /**
     * The single definition of "still in care" the inactivity check applies to the patient row {@code pt}:
     * a discharged patient is never asked for sessions. The patient's status follows their latest episode of care
     * (only the episode feature changes it), so the set-based check reads it without joining the episodes.
     */
    static final String PATIENT_IN_CARE = "pt.status <> 'DISCHARGED'";

    /** The patient's alerts no clinician has acknowledged yet, newest first (index ix_alert_kind). */
    public List<ClinicianAlert> openFor(long patientId) {
        return list("patientId = ?1 and acknowledgement.acknowledgedAt is null order by raisedAt desc", patientId);
    }

    /** The patient's acknowledged alerts, newest acknowledgement first, at most {@code limit}. */
    public List<ClinicianAlert> acknowledgedFor(long patientId, int limit) {
        return find("patientId = ?1 and acknowledgement.acknowledgedAt is not null order by acknowledgement.acknowledgedAt desc", patientId)
                .page(0, limit).list();
    }

    /** Every patient's open alerts, oldest first, at most {@code limit} (index ix_alert_worklist). */
    public List<ClinicianAlert> open(int limit) {
        return find("acknowledgement.acknowledgedAt is null order by raisedAt, id").page(0, limit).list();
    }

    /** The open alerts, counted up to {@code upTo} (at most that many index entries are read). */
    public long countOpen(int upTo) {
        return getEntityManager().createQuery("select a.id from ClinicianAlert a where a.acknowledgement.acknowledgedAt is null",
                Long.class).setMaxResults(upTo).getResultList().size();
    }

    public boolean existsFor(ClinicianAlert.Kind kind, long sessionLogId) {
        return count("kind = ?1 and sessionLogId = ?2", kind, sessionLogId) > 0;
    }

    /**
     * Records the acknowledgement on the alert if it is the patient's and still open, in one conditional
     * statement; returns false when it is not (then nothing changed).
     */
    public boolean acknowledge(long patientId, long alertId, Instant at, String by, AcknowledgementAction action,
                               String note) {
        return getEntityManager().createQuery("""
                        update ClinicianAlert a set a.acknowledgement.acknowledgedAt = :ackAt, a.acknowledgement.acknowledgedBy = :ackBy,
                               a.acknowledgement.action = :action, a.acknowledgement.note = :note
                        where a.id = :id and a.patientId = :patient and a.acknowledgement.acknowledgedAt is null""")
                .setParameter("ackAt", at).setParameter("ackBy", by).setParameter("action", action)
                .setParameter("note", note).setParameter("id", alertId).setParameter("patient", patientId)
                .executeUpdate() == 1;
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
     * In one statement, raises a "no session logged recently" alert for every patient who
     * <ul>
     * <li>has a current plan started on or before {@code since} and has logged no session after it,</li>
     * <li>is still in care ({@link #PATIENT_IN_CARE}) and has an active portal account (a patient who cannot
     * sign in cannot log sessions),</li>
     * <li>and has no such alert open, nor one acknowledged after {@code acknowledgedAfter}: an acknowledgement
     * holds for one inactivity window.</li>
     * </ul>
     * The alert keeps the window's length and the date of the last session logged. Returns how many were raised.
     */
    public int raiseInactivity(LocalDate since, int days, LocalDateTime acknowledgedAfter) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO clinician_alert (patient_id, kind, days, on_date, raised_at)
                        SELECT p.patient_id, 'NO_RECENT_SESSION', ?1,
                               (SELECT MAX(s.session_date) FROM session_log s WHERE s.patient_id = p.patient_id),
                               UTC_TIMESTAMP(6)
                        FROM treatment_plan p
                        JOIN patient pt ON pt.id = p.patient_id
                        WHERE p.status = 'CURRENT' AND p.start_date <= ?2
                          AND %s
                          AND EXISTS (SELECT 1 FROM account ac WHERE ac.patient_id = p.patient_id AND ac.active)
                          AND NOT EXISTS (SELECT 1 FROM session_log s
                                          WHERE s.patient_id = p.patient_id AND s.session_date > ?2)
                          AND NOT EXISTS (SELECT 1 FROM clinician_alert a
                                          WHERE a.patient_id = p.patient_id AND a.kind = 'NO_RECENT_SESSION'
                                            AND (a.acknowledged_at IS NULL OR a.acknowledged_at >= ?3))"""
                        .formatted(PATIENT_IN_CARE))
                .setParameter(1, days)
                .setParameter(2, since)
                .setParameter(3, acknowledgedAfter)
                .executeUpdate();
    }
}
