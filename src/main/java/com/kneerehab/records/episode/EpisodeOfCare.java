package com.kneerehab.records.episode;

import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.Versions;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One referral of a patient, from its start to the discharge that ends it. Numbered 1, 2, ... per patient;
 * at most one is open (the database's unique generated column holds the patient id only while it is).
 * Discharged episodes are never reopened: a re-referral starts the next one.
 */
@Entity
@Table(name = "episode_of_care")
public class EpisodeOfCare {

    public enum Status { OPEN, DISCHARGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Column(name = "episode_number", nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.OPEN;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "started_by_subject", nullable = false, length = 100)
    public String startedBySubject;

    @Column(name = "started_by_name", nullable = false, length = 200)
    public String startedByName;

    @Column(name = "referral_notes", length = 4000)
    public String referralNotes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "discharged_on")
    public LocalDate dischargedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "discharge_reason", length = 24)
    public DischargeReason dischargeReason;

    @Column(name = "discharge_reason_other", length = 500)
    public String dischargeReasonOther;

    @Column(name = "discharge_note", length = 2000)
    public String dischargeNote;

    @Column(name = "discharged_by_subject", length = 100)
    public String dischargedBySubject;

    @Column(name = "discharged_by_name", length = 200)
    public String dischargedByName;

    @Column(name = "discharged_at")
    public Instant dischargedAt;

    @Version
    public int version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /**
     * Ends the episode. Refused unless it is open and at the version the clinician read; the date may not
     * come before the episode's start nor after {@code today}; "other" needs its words.
     */
    public void discharge(DischargeInput input, LocalDate today, String bySubject, String byName, Instant at) {
        EpisodeMessages text = Messages.get(EpisodeMessages.class);
        if (!isOpen()) {
            throw DomainException.conflict(text.alreadyDischarged(number));
        }
        Versions.check(input.version(), version, text.thisRecord());
        if (input.dischargedOn().isBefore(startedOn)) {
            throw DomainException.invalid("dischargedOn", text.dischargeBeforeStart(startedOn));
        }
        if (input.dischargedOn().isAfter(today)) {
            throw DomainException.invalid("dischargedOn", text.dischargeInFuture());
        }
        String other = Text.orNull(input.reasonOther());
        if (input.reason() == DischargeReason.OTHER && other == null) {
            throw DomainException.invalid("reasonOther", text.sayWhichReason());
        }
        status = Status.DISCHARGED;
        dischargedOn = input.dischargedOn();
        dischargeReason = input.reason();
        dischargeReasonOther = input.reason() == DischargeReason.OTHER ? other : null;
        dischargeNote = Text.orNull(input.note());
        dischargedBySubject = bySubject;
        dischargedByName = byName;
        dischargedAt = at;
    }
}
