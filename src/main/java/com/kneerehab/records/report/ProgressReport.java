package com.kneerehab.records.report;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A progress report to the referring physician. The parts drafted from the record are kept as they were
 * drafted ({@link #content}, a {@link ReportContent} as JSON), so the signed report reads the same whatever
 * happens to the record later; the clinician writes the reason for referral, the assessment and the next
 * steps. Signed, it is read-only: corrections are addenda.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    public enum Status { DRAFT, SIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    public Patient patient;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.DRAFT;

    @Column(name = "clinician_subject", nullable = false, length = 100)
    public String clinicianSubject;

    @Column(name = "clinician_name", nullable = false, length = 200)
    public String clinicianName;

    @Column(name = "report_date", nullable = false)
    public LocalDate reportDate;

    @Column(name = "referral_reason", length = 4000)
    public String referralReason;

    @Column(name = "assessment", length = 4000)
    public String assessment;

    @Column(name = "next_steps", length = 4000)
    public String nextSteps;

    /** The drafted parts, as JSON; read and written only through {@link ReportService}. */
    @Column(name = "content", nullable = false, columnDefinition = "MEDIUMTEXT")
    String content;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "signed_by_subject", length = 100)
    public String signedBySubject;

    @Column(name = "signed_by_name", length = 200)
    public String signedByName;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** SHA-256 of what was signed (the drafted parts and the clinician's words), set when it is signed. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public boolean isSigned() {
        return status == Status.SIGNED;
    }

    public void requireDraft() {
        if (isSigned()) {
            throw DomainException.conflict(ReportService.text().signedReadOnly());
        }
    }

    /** Field name to message, for every part the clinician must write before signing. */
    public Map<String, String> missingForSignature() {
        Map<String, String> missing = new LinkedHashMap<>();
        ReportMessages text = ReportService.text();
        if (blank(referralReason)) {
            missing.put("referralReason", text.missingReferralReason());
        }
        if (blank(assessment)) {
            missing.put("assessment", text.missingAssessment());
        }
        if (blank(nextSteps)) {
            missing.put("nextSteps", text.missingNextSteps());
        }
        return missing;
    }

    void sign(String subject, String name, Instant at, String hash) {
        requireDraft();
        Map<String, String> missing = missingForSignature();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(ReportService.text().incompleteForSignature(), missing);
        }
        status = Status.SIGNED;
        signedBySubject = subject;
        signedByName = name;
        signedAt = at;
        contentHash = hash;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
