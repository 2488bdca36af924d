package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Walks the whole audit trail in one consistent read and names the first entry that does not hold, and why:
 * <ul>
 * <li><b>altered</b>: an entry no longer matches its own MAC;</li>
 * <li><b>missing</b>: an entry or its seal was deleted, so the chain has a hole;</li>
 * <li><b>inserted</b>: a seal that cannot have been made with the key (forged, or put between two others);</li>
 * <li><b>truncated</b>: the newest entries were removed: the head does not match its own seal, or records
 *     more entries than the chain holds, or the trail no longer reaches a checkpoint taken earlier;</li>
 * <li><b>wrong key</b>: a value was made with a key other than the one it names, or one this installation does
 *     not have.</li>
 * </ul>
 * Entries committed but not yet sealed are counted, not judged: the sealer is about to chain them.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int CHUNK = 5_000;

    public enum Reason { ALTERED, MISSING, INSERTED, TRUNCATED, WRONG_KEY }

    /** The outcome of a verification: intact, or the first entry that does not hold and why. */
    public record Result(boolean intact, long checked, Long firstBadId, String problem, Reason reason, long unsealed) {
        static Result ok(long checked, long unsealed) {
            return new Result(true, checked, null, null, null, unsealed);
        }

        static Result broken(long checked, Long id, Reason reason, String problem) {
            return new Result(false, checked, id, problem, reason, 0);
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    AuditChain chain;

    @Inject
    AuditCheckpoints checkpoints;

    /** The problems are named in the clinic's words; the check also runs from the command line, in English. */
    static AuditMessages words() {
        return Messages.get(AuditMessages.class, Language.ENGLISH);
    }

    public Result verify() {
        return verify(null);
    }

    /** Verifies the trail and, given a checkpoint taken earlier, that it still reaches it. */
    public Result verify(AuditCheckpoints.Checkpoint checkpoint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection db = dataSource.getConnection()) {
                db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                return walk(db, checkpoint);
            }
        });
    }

    private Result walk(Connection db, AuditCheckpoints.Checkpoint checkpoint) throws SQLException {
        Result archived = new LegacyTrail(chain).verify(db);
        if (archived != null && !archived.intact()) {
            return archived;
        }
        long checked = archived == null ? 0 : archived.checked();
        if (checkpoint != null && !checkpoints.genuine(checkpoint)) {
            return Result.broken(checked, checkpoint.lastEntryId(), Reason.WRONG_KEY,
                    words().checkpointNotGenuine(checkpoint.takenAt().toString()));
        }
        AuditSealer.Head head = AuditSealer.readHead(db, false);
        String expectedPrevious = AuditChain.GENESIS;
        long seq = 0;
        long lastEntry = 0;
        AuditEntry entry = new AuditEntry();
        try (PreparedStatement query = db.prepareStatement("SELECT s.seq, s.entry_id, s.previous_hash, s.hash, s.key_id,"
                + " e.id, e.occurred_at, e.subject, e.role, e.action, e.record_type, e.record_id, e.patient_id,"
                + " e.outcome, e.client_address, e.key_id, e.mac"
                + " FROM audit_seal s LEFT JOIN audit_entry e ON e.id = s.entry_id"
                + " WHERE s.seq > ? ORDER BY s.seq LIMIT " + CHUNK)) {
            while (true) {
                query.setLong(1, seq);
                int rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long s = rs.getLong(1);
                        long entryId = rs.getLong(2);
                        String sealKey = rs.getString(5);
                        if (s != seq + 1) {
                            return Result.broken(checked, entryId, Reason.MISSING,
                                    words().sealsDeleted(entryId, lastEntry, s - seq - 1));
                        }
                        if (!rs.getString(3).equals(expectedPrevious)) {
                            return Result.broken(checked, entryId, Reason.MISSING, words().notFollowing(entryId, lastEntry));
                        }
                        if (!chain.knows(sealKey)) {
                            return Result.broken(checked, entryId, Reason.WRONG_KEY, words().sealKeyUnknown(entryId, sealKey));
                        }
                        String entryMac = rs.getString(17);
                        if (rs.getObject(6) == null) {
                            return Result.broken(checked, entryId, Reason.MISSING, words().entryDeleted(entryId));
                        }
                        if (!chain.sealHash(sealKey, s, entryId, entryMac, expectedPrevious).equals(rs.getString(4))) {
                            return Result.broken(checked, entryId, Reason.INSERTED, words().sealForged(entryId));
                        }
                        entry.id = entryId;
                        entry.occurredAt = rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                        entry.subject = rs.getString(8);
                        entry.role = rs.getString(9);
                        entry.action = rs.getString(10);
                        entry.recordType = rs.getString(11);
                        entry.recordId = (Long) rs.getObject(12, Long.class);
                        entry.patientId = (Long) rs.getObject(13, Long.class);
                        entry.outcome = rs.getString(14);
                        entry.clientAddress = rs.getString(15);
                        entry.keyId = rs.getString(16);
                        entry.mac = entryMac;
                        checked++;
                        if (!chain.knows(entry.keyId)) {
                            return Result.broken(checked, entryId, Reason.WRONG_KEY, words().entryKeyUnknown(entryId, entry.keyId));
                        }
                        if (!chain.entryMac(entry).equals(entry.mac)) {
                            var madeWith = chain.keyThatMade(entry);
                            if (madeWith.isPresent()) {
                                return Result.broken(checked, entryId, Reason.WRONG_KEY,
                                        words().entryWrongKey(entryId, entry.keyId, madeWith.get()));
                            }
                            return Result.broken(checked, entryId, Reason.ALTERED, words().entryAltered(entryId));
                        }
                        if (checkpoint != null && s == checkpoint.count()
                                && (entryId != checkpoint.lastEntryId() || !rs.getString(4).equals(checkpoint.lastHash()))) {
                            return Result.broken(checked, entryId, Reason.TRUNCATED, words().checkpointRebuilt(
                                    checkpoint.takenAt().toString(), checkpoint.count(), checkpoint.lastEntryId(), entryId));
                        }
                        expectedPrevious = rs.getString(4);
                        lastEntry = entryId;
                        seq = s;
                    }
                }
                if (rows < CHUNK) {
                    break;
                }
            }
        }
        if (!head.sealedBy(chain)) {
            return Result.broken(checked, head.lastEntryId(), Reason.TRUNCATED,
                    words().headAltered(head.count(), head.lastEntryId()));
        }
        if (seq > head.count()) {
            return Result.broken(checked, lastEntry, Reason.INSERTED,
                    words().entriesAfterHead(seq, head.count(), head.lastEntryId()));
        }
        if (seq < head.count() || head.lastEntryId() != lastEntry || !head.lastHash().equals(expectedPrevious)) {
            return Result.broken(checked, head.lastEntryId(), Reason.TRUNCATED,
                    words().newestMissing(lastEntry, head.count(), head.lastEntryId(), seq));
        }
        if (checkpoint != null && checkpoint.count() > head.count()) {
            return Result.broken(checked, lastEntry, Reason.TRUNCATED, words().checkpointNotReached(
                    checkpoint.takenAt().toString(), checkpoint.count(), checkpoint.lastEntryId(), head.count()));
        }
        // The walk has seen seals 1..seq each name a different entry that exists (entry_id is unique), so the
        // entries not yet sealed are the rest: a count, instead of an anti-join that reads every seal again
        // (14 s on two million entries, next to the connection's 15 s socket timeout).
        long entries;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rs.next();
            entries = rs.getLong(1);
        }
        return Result.ok(checked, entries - seq);
    }
}
