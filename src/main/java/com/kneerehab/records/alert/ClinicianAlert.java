package com.kneerehab.records.alert;

import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Messages;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Something in a patient's own logs that a clinician should look at, until one acknowledges it. An alert
 * stores its kind and its values (the pain scores, the session's date, the number of days), never words:
 * {@link #described()} renders it from {@link AlertMessages} in the reader's language. Warning symptoms are
 * not alerts: each report is its own record in the portal, acknowledged the same way.
 */
@Entity
@Table(name = "clinician_alert")
public class ClinicianAlert {

    /** The words for each kind are in {@link AlertMessages#kind}. */
    public enum Kind implements Labelled {
        /** One session's pain at or above the threshold: values before, after; the session's date. */
        HIGH_PAIN,
        /** Pain rising over sessions ({@link PainRules#rising}): the values oldest first; the last session's date. */
        RISING_PAIN,
        /** No session logged for {@code days} days while a plan is current; the last session's date, if any. */
        NO_RECENT_SESSION;

        public String label() {
            return Messages.get(AlertMessages.class).kind(this);
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

    /** The session a pain alert is about. */
    @Column(name = "session_log_id")
    public Long sessionLogId;

    /** Pain scores, comma-separated, oldest first. */
    @Column(name = "pain_values", length = 40)
    public String painValues;

    /** The session's date (pain), or the last session's date (inactivity; null when none was ever logged). */
    @Column(name = "on_date")
    public LocalDate onDate;

    /** The inactivity window in days. */
    public Integer days;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Embedded
    public Acknowledgement acknowledgement;

    public boolean acknowledged() {
        return acknowledgement != null && acknowledgement.acknowledgedAt != null;
    }

    public List<Integer> pain() {
        return painValues == null || painValues.isBlank() ? List.of()
                : Arrays.stream(painValues.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** What the alert says, with its values, in the reader's language. */
    public String described() {
        AlertMessages text = Messages.get(AlertMessages.class);
        if (kind == Kind.NO_RECENT_SESSION ? days == null : pain().isEmpty()) {
            // raised before alerts kept their values, in a form the migration could not read
            return kind.label();
        }
        String series = String.join(" → ", pain().stream().map(String::valueOf).toList());
        return switch (kind) {
            case HIGH_PAIN -> onDate == null ? text.highPainUndated(series) : text.highPain(series, onDate);
            case RISING_PAIN -> text.risingPain(series, onDate);
            case NO_RECENT_SESSION -> onDate == null ? text.noSessionEver(days) : text.noRecentSession(days, onDate);
        };
    }
}
