package com.kneerehab.records.audit;

import com.kneerehab.records.platform.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends entries to the tamper-evident audit trail, serialised on one chain-head row so the hash chain
 * stays linear across application replicas.
 * <p>
 * A successful action is recorded in the caller's own transaction: the entry commits with the work it
 * describes, or not at all, and the request never needs a second connection (which, under load, could
 * exhaust the pool with every request holding one connection and waiting for another). A refused or
 * failed action is recorded in a transaction of its own, because the caller's work is about to be
 * rolled back.
 */
@ApplicationScoped
public class AuditLog {

    public enum Outcome { SUCCESS, DENIED, FAILED }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    @ConfigProperty(name = "knee-rehab.audit.enabled", defaultValue = "true")
    boolean enabled;

    /** Records what the current user did to a record that belongs to {@code patientId} (may be null). */
    public void record(String action, String recordType, Long recordId, Long patientId, Outcome outcome) {
        CurrentUser user = currentUser();
        String subject = user == null ? "system" : user.subject();
        String role = user == null ? "system" : user.role();
        String address = user == null ? null : user.clientAddress();
        Runnable write = () -> write(subject, role, action, recordType, recordId, patientId, outcome, address);
        if (outcome == Outcome.SUCCESS) {
            QuarkusTransaction.joiningExisting().run(write);
        } else {
            QuarkusTransaction.requiringNew().run(write);
        }
    }

    public void success(String action, String recordType, Long recordId, Long patientId) {
        record(action, recordType, recordId, patientId, Outcome.SUCCESS);
    }

    public void denied(String action, String recordType, Long recordId, Long patientId) {
        record(action, recordType, recordId, patientId, Outcome.DENIED);
    }

    /** Appends an entry in a transaction of its own, for callers outside any request. */
    public void append(String subject, String role, String action, String recordType, Long recordId,
                       Long patientId, Outcome outcome, String clientAddress) {
        QuarkusTransaction.requiringNew().run(() ->
                write(subject, role, action, recordType, recordId, patientId, outcome, clientAddress));
    }

    private void write(String subject, String role, String action, String recordType, Long recordId,
                       Long patientId, Outcome outcome, String clientAddress) {
        if (!enabled) {
            return;
        }
        Object[] head = (Object[]) em.createNativeQuery(
                        "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entry.subject = truncate(subject, 100);
        entry.role = truncate(role, 16);
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.patientId = patientId;
        entry.outcome = outcome.name();
        entry.clientAddress = truncate(clientAddress, 64);
        entry.previousHash = (String) head[1];
        entry.hash = chain.hash(entry);
        em.persist(entry);
        em.flush();
        em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, entry.id)
                .setParameter(2, entry.hash)
                .executeUpdate();
    }

    private static CurrentUser currentUser() {
        var context = Arc.container().requestContext();
        if (context == null || !context.isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentUser.class).get();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
