package com.kneerehab.records.outcome;

import com.kneerehab.records.patient.Patient;
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

/**
 * An outcome measure a clinician asked a patient to fill in, on one occasion (baseline, review or
 * discharge). It is open until its first response is submitted.
 */
@Entity
@Table(name = "outcome_assignment")
public class AssignedMeasure {

    public enum Status { OPEN, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    public Patient patient;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Instrument instrument;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Occasion occasion;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.OPEN;

    @Column(name = "assigned_by_subject", nullable = false, length = 100)
    public String assignedBySubject;

    @Column(name = "assigned_by_name", nullable = false, length = 200)
    public String assignedByName;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    /** When the first response was submitted: the moment the measure was taken, whatever is corrected later. */
    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public int version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Questionnaire questionnaire() {
        return instrument.questionnaire();
    }

    void complete(Instant at) {
        status = Status.COMPLETED;
        completedAt = at;
    }
}
