package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Side;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "patient")
public class Patient {

    /** The words for each value are in {@link PatientMessages#sex}. */
    public enum Sex implements Labelled {
        FEMALE, MALE, OTHER, UNDISCLOSED;
        public String label() { return MessageBundles.get(PatientMessages.class).sex(this); }
    }

    /** The words for each value are in {@link PatientMessages#status}. */
    public enum Status implements Labelled {
        ACTIVE, DISCHARGED;
        public String label() { return MessageBundles.get(PatientMessages.class).status(this); }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 16)
    public String mrn;

    @Column(name = "given_name", nullable = false, length = 100)
    public String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Sex sex;

    @Column(length = 40)
    public String phone;

    @Column(length = 254)
    public String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "affected_side", nullable = false, length = 8)
    public Side affectedSide;

    @Column(name = "referral_notes", length = 4000)
    public String referralNotes;

    @jakarta.persistence.Embedded
    public ReferringPhysician referrer = new ReferringPhysician();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.ACTIVE;

    /**
     * Up while any warning report of the patient's is unacknowledged. Computed when the patient is read, never
     * stored: a patient reporting a symptom writes only the report, so their report cannot collide with a
     * clinician editing this (versioned) record at the same moment, and the flag goes down exactly when the
     * last report is acknowledged.
     */
    @Formula("(exists (select 1 from warning_report w where w.patient_id = id and w.acknowledged_at is null))")
    public boolean warningFlag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** The referring physician; never null (Hibernate leaves an embeddable with no values null). */
    public ReferringPhysician referrer() {
        if (referrer == null) {
            referrer = new ReferringPhysician();
        }
        return referrer;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
