package com.kneerehab.records.alert;

import com.kneerehab.records.platform.Labelled;
import jakarta.persistence.Column;
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

/** Something in a patient's own reports that a clinician should look at, until one acknowledges it. */
@Entity
@Table(name = "clinician_alert")
public class ClinicianAlert {

    public enum Kind implements Labelled {
        WARNING_SYMPTOM("Warning symptom reported"),
        HIGH_PAIN("High pain score"),
        NO_RECENT_SESSION("No session logged recently");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    public Kind kind;

    @Column(nullable = false, length = 500)
    public String message;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 100)
    public String acknowledgedBy;
}
