package com.kneerehab.records.portal;

import com.kneerehab.records.alert.AcknowledgementAction;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The warning-report queries. */
@ApplicationScoped
public class WarningReportRepository implements PanacheRepository<WarningReport> {

    /** The report a form with this submission id already saved, if any. */
    public Optional<WarningReport> bySubmission(long patientId, String submissionId) {
        return find("patientId = ?1 and submissionId = ?2", patientId, submissionId).firstResultOptional();
    }

    /** The patient's unacknowledged reports, oldest first (index ix_warning_patient_open). */
    public List<WarningReport> openFor(long patientId) {
        return list("patientId = ?1 and acknowledgement.acknowledgedAt is null order by createdAt, id", patientId);
    }

    /** The patient's acknowledged reports, newest first, at most {@code limit}. */
    public List<WarningReport> acknowledgedFor(long patientId, int limit) {
        return find("patientId = ?1 and acknowledgement.acknowledgedAt is not null order by createdAt desc, id desc", patientId)
                .page(0, limit).list();
    }

    /** Every patient's unacknowledged reports, oldest first, at most {@code limit} (index ix_warning_open). */
    public List<WarningReport> open(int limit) {
        return find("acknowledgement.acknowledgedAt is null order by createdAt, id").page(0, limit).list();
    }

    public long countOpen() {
        return count("acknowledgement.acknowledgedAt is null");
    }

    /**
     * Records the acknowledgement on the report if it is the patient's and still unacknowledged, in one
     * conditional statement; returns false when it is not (then nothing changed).
     */
    public boolean acknowledge(long patientId, long reportId, Instant at, String by, AcknowledgementAction action,
                               String note) {
        return getEntityManager().createQuery("""
                        update WarningReport w set w.acknowledgement.acknowledgedAt = :ackAt, w.acknowledgement.acknowledgedBy = :ackBy,
                               w.acknowledgement.action = :action, w.acknowledgement.note = :note
                        where w.id = :id and w.patientId = :patient and w.acknowledgement.acknowledgedAt is null""")
                .setParameter("ackAt", at).setParameter("ackBy", by).setParameter("action", action)
                .setParameter("note", note).setParameter("id", reportId).setParameter("patient", patientId)
                .executeUpdate() == 1;
    }

    /** The patient's reports made at or after {@code from}, oldest first. */
    public List<WarningReport> reportedSince(long patientId, Instant from) {
        return list("patientId = ?1 and createdAt >= ?2 order by createdAt, id", patientId, from);
    }
}
