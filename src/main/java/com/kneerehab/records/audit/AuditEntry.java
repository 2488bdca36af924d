package com.kneerehab.records.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the append-only audit trail. Immutable: nothing in the application updates or deletes it, and
 * the database user the application runs as is not allowed to.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "record_type", nullable = false, length = 32)
    public String recordType;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "patient_id")
    public Long patientId;

    @Column(nullable = false, length = 16)
    public String outcome;

    @Column(name = "client_address", length = 64)
    public String clientAddress;

    /** The key that made {@link #mac}. */
    @Column(name = "key_id", nullable = false, length = 16)
    public String keyId;

    /** Keyed MAC of the content above; the sealer later links it into the chain (audit_seal). */
    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    public String mac;
}
