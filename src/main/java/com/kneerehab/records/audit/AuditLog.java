package com.kneerehab.records.audit;

import com.kneerehab.records.platform.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Appends entries to the audit trail, in the transaction of the work they describe (an outbox):
 * <ul>
 * <li>a SUCCESS entry appended inside a transaction is written in it, so it commits or rolls back with
 *     the work; when that transaction rolls back, the entry is written again as FAILED on its own;</li>
 * <li>DENIED and FAILED entries are written in a transaction of their own, so they stay whatever becomes
 *     of the request's work;</li>
 * <li>an entry appended outside any transaction (a read) is written in one of its own.</li>
 * </ul>
 * Appending never waits for the chain: {@link AuditSealer} seals committed entries in the background.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    public enum Outcome { SUCCESS, DENIED, FAILED }

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "knee-rehab.audit.enabled", defaultValue = "true")
    boolean enabled;

    /** Writes the FAILED entries of rolled-back work, outside the finished transaction's thread state. */
    private final ExecutorService afterRollback = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-after-rollback");
        t.setDaemon(true);
        return t;
    });

    /** Records what the current user did to a record that belongs to {@code patientId} (may be null). */
    public void record(String action, String recordType, Long recordId, Long patientId, Outcome outcome) {
        CurrentUser user = currentUser();
        String subject = user == null ? "system" : user.subject();
        String role = user == null ? "system" : user.role();
        String address = user == null ? null : user.clientAddress();
        append(subject, role, action, recordType, recordId, patientId, outcome, address);
    }

    public void success(String action, String recordType, Long recordId, Long patientId) {
        record(action, recordType, recordId, patientId, Outcome.SUCCESS);
    }

    public void denied(String action, String recordType, Long recordId, Long patientId) {
        record(action, recordType, recordId, patientId, Outcome.DENIED);
    }

    public void failed(String action, String recordType, Long recordId, Long patientId) {
        record(action, recordType, recordId, patientId, Outcome.FAILED);
    }

    /**
     * Appends one entry (see the class comment for which transaction it is written in). If it cannot be
     * written, the caller fails with it: a request is never answered without its audit entry.
     */
    public void append(String subject, String role, String action, String recordType, Long recordId,
                       Long patientId, Outcome outcome, String clientAddress) {
        if (!enabled) {
            return;
        }
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entry.subject = truncate(subject, 100);
        entry.role = truncate(role, 16);
        entry.action = truncate(action, 40);
        entry.recordType = truncate(recordType, 32);
        entry.recordId = recordId;
        entry.patientId = patientId;
        entry.outcome = outcome.name();
        entry.clientAddress = truncate(clientAddress, 64);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_ACTIVE && outcome == Outcome.SUCCESS) {
            write(entry);
            failIfRolledBack(entry);
        } else if (status == Status.STATUS_NO_TRANSACTION) {
            write(entry);
        } else {
            if (status == Status.STATUS_MARKED_ROLLBACK && outcome == Outcome.SUCCESS) {
                entry.outcome = Outcome.FAILED.name();
            }
            QuarkusTransaction.requiringNew().run(() -> write(entry));
        }
    }

    /** Writes the entry through the connection of the current transaction (or on its own, outside one). */
    private void write(AuditEntry entry) {
        entry.keyId = chain.currentKeyId();
        entry.mac = chain.entryMac(entry);
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (occurred_at, subject, role,"
                     + " action, record_type, record_id, patient_id, outcome, client_address, key_id, mac)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setObject(1, LocalDateTime.ofInstant(entry.occurredAt, ZoneOffset.UTC));
            insert.setString(2, entry.subject);
            insert.setString(3, entry.role);
            insert.setString(4, entry.action);
            insert.setString(5, entry.recordType);
            insert.setObject(6, entry.recordId, Types.BIGINT);
            insert.setObject(7, entry.patientId, Types.BIGINT);
            insert.setString(8, entry.outcome);
            insert.setString(9, entry.clientAddress);
            insert.setString(10, entry.keyId);
            insert.setString(11, entry.mac);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit entry could not be written: " + e.getMessage(), e);
        }
    }

    private static final Object PENDING = new Object();

    /**
     * Remembers the transaction's SUCCESS entries; if it does not commit, they are written again as
     * FAILED in a transaction of their own before the request goes on.
     */
    @SuppressWarnings("unchecked")
    private void failIfRolledBack(AuditEntry entry) {
        List<AuditEntry> pending = (List<AuditEntry>) transactions.getResource(PENDING);
        if (pending == null) {
            List<AuditEntry> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        recordFailures(created);
                    }
                }
            });
            pending = created;
        }
        pending.add(entry);
    }

    private void recordFailures(List<AuditEntry> rolledBack) {
        try {
            CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                for (AuditEntry entry : rolledBack) {
                    entry.outcome = Outcome.FAILED.name();
                    write(entry);
                }
            }), afterRollback).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.errorf(e, "Work was rolled back and its %d FAILED audit entries could not be written",
                    rolledBack.size());
        }
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
