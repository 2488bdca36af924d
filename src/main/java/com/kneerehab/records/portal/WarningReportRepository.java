package com.kneerehab.records.portal;

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

    /** The patient's reports made at or after {@code from}, oldest first. */
    public List<WarningReport> reportedSince(long patientId, Instant from) {
        return list("patientId = ?1 and createdAt >= ?2 order by createdAt, id", patientId, from);
    }
}
