package com.kneerehab.records.audit;

import com.kneerehab.records.platform.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends entries to the tamper-evident audit trail. Each append runs in its own transaction, so a
 * refused or failed request is recorded even though its own work is rolled back, and appends are
 * serialised on one chain-head row so the hash chain stays linear across application replicas.
 * Appends that arrive together are sealed together (group commit), so the chain-head lock is taken once
 * per batch rather than once per request.
 */
@ApplicationScoped
public class AuditLog {

    public enum Outcome { SUCCESS, DENIED, FAILED }

    /** Entries sealed in one transaction at most; more wait for the next one. */
    static final int MAX_BATCH = 200;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    @ConfigProperty(name = "knee-rehab.audit.enabled", defaultValue = "true")
    boolean enabled;

    private final ReentrantLock sealing = new ReentrantLock();
    /** The chain head as this replica last committed it, or null; guarded by the sealing lock. */
    private Head knownHead;
    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();

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

    /**
     * Appends one entry and returns once it is committed. Concurrent appends are sealed together: the
     * first caller to get the sealing lock writes every entry queued so far in one transaction of its own
     * (one chain-head lock, one multi-row insert, one commit), and the callers whose entries it wrote
     * return as soon as they get the lock. Each caller still waits for its own entry to be durable, and
     * an entry stays when the caller's transaction rolls back. If the write fails, every caller in that
     * batch fails with it: a request is never answered without its audit entry.
     */
    public void append(String subject, String role, String action, String recordType, Long recordId,
                       Long patientId, Outcome outcome, String clientAddress) {
        if (!enabled) {
            return;
        }
        Pending mine = new Pending(truncate(subject, 100), truncate(role, 16), action, recordType, recordId,
                patientId, outcome.name(), truncate(clientAddress, 64));
        waiting.add(mine);
        sealing.lock();
        try {
            while (!mine.done) {
                List<Pending> batch = new ArrayList<>();
                for (Pending p; batch.size() < MAX_BATCH && (p = waiting.poll()) != null; ) {
                    batch.add(p);
                }
                RuntimeException failure = null;
                try {
                    knownHead = QuarkusTransaction.requiringNew().call(() -> write(batch));
                } catch (RuntimeException e) {
                    knownHead = null;
                    failure = e;
                }
                for (Pending p : batch) {
                    p.failure = failure;
                    p.done = true;
                }
            }
        } finally {
            sealing.unlock();
        }
        if (mine.failure != null) {
            throw new IllegalStateException("The audit entry could not be written", mine.failure);
        }
    }

    /** Where the chain ends: the last entry's id and seal. */
    record Head(long lastId, String lastHash) {
    }

    /**
     * Writes one batch and returns the new chain head. When this replica knows where the chain ends (it
     * wrote the last batch), it moves the head from there, which also takes the head row lock, and saves
     * the round trip of reading it first; when the head is elsewhere (another replica appended), nothing
     * was changed and it reads the head under the lock and seals the batch again from there.
     */
    private Head write(List<Pending> batch) {
        try (Connection db = dataSource.getConnection()) {
            Head known = knownHead;
            if (known != null) {
                List<AuditEntry> sealed = seal(batch, known);
                Head end = endOf(sealed);
                if (moveHead(db, known, end) == 1) {
                    insert(db, sealed);
                    return end;
                }
            }
            Head current;
            try (PreparedStatement head = db.prepareStatement(
                    "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = head.executeQuery()) {
                rs.next();
                current = new Head(rs.getLong(1), rs.getString(2));
            }
            List<AuditEntry> sealed = seal(batch, current);
            Head end = endOf(sealed);
            insert(db, sealed);
            moveHead(db, null, end);
            return end;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit trail: " + e.getMessage(), e);
        }
    }

    private List<AuditEntry> seal(List<Pending> batch, Head from) {
        List<AuditEntry> sealed = new ArrayList<>(batch.size());
        long id = from.lastId();
        String previous = from.lastHash();
        for (Pending p : batch) {
            // ids follow the chain head, so the id order is the chain order on every replica
            AuditEntry entry = p.toEntry(++id, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), previous);
            entry.hash = chain.hash(entry);
            previous = entry.hash;
            sealed.add(entry);
        }
        return sealed;
    }

    private static Head endOf(List<AuditEntry> sealed) {
        AuditEntry last = sealed.get(sealed.size() - 1);
        return new Head(last.id, last.hash);
    }

    /** Moves the head to {@code to}; with {@code from}, only if the head is still there. Returns the rows changed. */
    private static int moveHead(Connection db, Head from, Head to) throws SQLException {
        try (PreparedStatement move = db.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ?"
                + " WHERE id = 1" + (from == null ? "" : " AND last_id = ? AND last_hash = ?"))) {
            move.setLong(1, to.lastId());
            move.setString(2, to.lastHash());
            if (from != null) {
                move.setLong(3, from.lastId());
                move.setString(4, from.lastHash());
            }
            return move.executeUpdate();
        }
    }

    private static void insert(Connection db, List<AuditEntry> sealed) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (id, occurred_at, subject, role, action,"
                + " record_type, record_id, patient_id, outcome, client_address, previous_hash, hash) VALUES ");
        for (int i = 0; i < sealed.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
            int n = 0;
            for (AuditEntry entry : sealed) {
                insert.setLong(++n, entry.id);
                insert.setObject(++n, LocalDateTime.ofInstant(entry.occurredAt, ZoneOffset.UTC));
                insert.setString(++n, entry.subject);
                insert.setString(++n, entry.role);
                insert.setString(++n, entry.action);
                insert.setString(++n, entry.recordType);
                insert.setObject(++n, entry.recordId, Types.BIGINT);
                insert.setObject(++n, entry.patientId, Types.BIGINT);
                insert.setString(++n, entry.outcome);
                insert.setString(++n, entry.clientAddress);
                insert.setString(++n, entry.previousHash);
                insert.setString(++n, entry.hash);
            }
            insert.executeUpdate();
        }
    }

    /** An entry waiting to be sealed; {@code done} and {@code failure} are guarded by the sealing lock. */
    private static final class Pending {
        final String subject;
        final String role;
        final String action;
        final String recordType;
        final Long recordId;
        final Long patientId;
        final String outcome;
        final String clientAddress;
        boolean done;
        RuntimeException failure;

        Pending(String subject, String role, String action, String recordType, Long recordId, Long patientId,
                String outcome, String clientAddress) {
            this.subject = subject;
            this.role = role;
            this.action = action;
            this.recordType = recordType;
            this.recordId = recordId;
            this.patientId = patientId;
            this.outcome = outcome;
            this.clientAddress = clientAddress;
        }

        AuditEntry toEntry(long id, Instant at, String previousHash) {
            AuditEntry e = new AuditEntry();
            e.id = id;
            e.occurredAt = at;
            e.subject = subject;
            e.role = role;
            e.action = action;
            e.recordType = recordType;
            e.recordId = recordId;
            e.patientId = patientId;
            e.outcome = outcome;
            e.clientAddress = clientAddress;
            e.previousHash = previousHash;
            return e;
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
