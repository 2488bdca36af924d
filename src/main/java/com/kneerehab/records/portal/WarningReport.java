package com.kneerehab.records.portal;

import com.kneerehab.records.alert.Acknowledgement;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A patient's report of a symptom on the safety stop-list, with their own words: its own item for the
 * clinicians until one acknowledges this report. The patient's warning flag is up while any report of theirs is
 * unacknowledged (computed, see {@code Patient.warningFlag}); reporting never writes the patient row.
 */
@Entity
@Table(name = "warning_report")
public class WarningReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    public WarningSymptom symptom;

    @Column(length = 1000)
    public String details;

    @Column(name = "submission_id", nullable = false, length = 64)
    public String submissionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embedded
    public Acknowledgement acknowledgement;

    public boolean acknowledged() {
        return acknowledgement != null && acknowledgement.acknowledgedAt != null;
    }
}
