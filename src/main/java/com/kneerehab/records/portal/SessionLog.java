package com.kneerehab.records.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One exercise session a patient logged, with pain before and after. */
@Entity
@Table(name = "session_log")
public class SessionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    /** Comma-separated ids of the plan's exercises done in this session. */
    @Column(name = "exercises_done", nullable = false, length = 500)
    public String exercisesDone;

    @Column(name = "pain_before", nullable = false)
    public int painBefore;

    @Column(name = "pain_after", nullable = false)
    public int painAfter;

    @Column(length = 1000)
    public String note;

    /** A per-form token, unique per patient, so a double submit cannot log the same session twice. */
    @Column(name = "submission_id", nullable = false, length = 64)
    public String submissionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** How many of the plan's exercises the patient ticked for this session. */
    public int exercisesDoneCount() {
        return exercisesDone == null || exercisesDone.isBlank() ? 0 : exercisesDone.split(",").length;
    }
}
