package com.kneerehab.records.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Seals committed audit entries into the hash chain, one batch per pass. One sealer at a time across all
 * replicas: a pass first renews (or takes over) the lease row {@code audit_sealer}, which runs out a few
 * seconds after its holder stops renewing it, so a replica that dies hands over within the lease time.
 * Within the pass, the chain head is read under a row lock and moved only from where it was, and seal
 * positions are a primary key, so even two replicas that both believe they hold the lease (one stalled
 * past its lease) cannot fork the chain: the second one's transaction fails and seals nothing.
 *
 * <p>Entries are taken in id order. An id that is missing when a later one is already committed belongs
 * to a transaction still running (or rolled back): the sealer remembers it as a gap and looks for it
 * again on later passes, for {@code gapWait}, so a late commit is sealed at the end of the chain.
 */
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    /** Entries sealed in one pass at most. */
    static final int BATCH = 1000;
    /** On taking over, how far below the newest sealed entry to look for entries left unsealed. */
    static final long LOOK_BACK = 100_000;
    private static final int MAX_GAPS = 50_000;

    /** The chain head as stored: where the chain ends, and its seal. */
    public record Head(long count, long lastEntryId, String lastHash, String keyId, Instant sealedAt, String mac) {
        public boolean sealedBy(AuditChain chain) {
            if (count == 0 && lastEntryId == 0 && AuditChain.GENESIS.equals(lastHash) && mac.isEmpty()) {
                return true;
            }
            return chain.knows(keyId) && chain.headMac(keyId, count, lastEntryId, lastHash).equals(mac);
        }
    }

    private final DataSource dataSource;
    private final AuditChain chain;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final Duration gapWait;

    /** The newest entry id this sealer has sealed or seen sealed; null until it holds the lease. */
    private Long newestSealed;
    /** Ids skipped over while a later one was sealed, with when they were first missed. */
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private volatile String stalledBecause;

    public AuditSealer(DataSource dataSource, AuditChain chain, Clock clock, String owner, Duration lease,
                       Duration gapWait) {
        this.dataSource = dataSource;
        this.chain = chain;
        this.clock = clock;
        this.owner = owner;
        this.lease = lease;
        this.gapWait = gapWait;
    }

    public String owner() {
        return owner;
    }

    /** Why the last pass could not seal, or null when it could. */
    public String stalledBecause() {
        return stalledBecause;
    }

    /**
     * One pass: renews the lease and seals up to one batch. Returns the entries sealed, or -1 when another
     * replica holds the lease.
     */
    public synchronized int pass() {
        if (!holdLease()) {
            forget();
            return -1;
        }
        Batch batch;
        try {
            batch = QuarkusTransaction.requiringNew().call(this::sealBatch);
        } catch (RuntimeException e) {
            // the chain head moved under us (another sealer) or the database failed: start again from it
            forget();
            stalledBecause = "Sealing failed: " + e.getMessage();
            throw e;
        }
        if (batch.problem != null) {
            stalledBecause = batch.problem;
            return 0;
        }
        stalledBecause = null;
        applied(batch);
        return batch.sealed;
    }

    /** Forgets what this sealer knew about the chain; the next pass reads it from the database again. */
    public synchronized void forget() {
        newestSealed = null;
        gaps.clear();
    }

    /** Gives the lease up at once (on shutdown), so another replica takes over without waiting. */
    public synchronized void release() {
        try (Connection db = dataSource.getConnection();
             PreparedStatement free = db.prepareStatement(
                     "UPDATE audit_sealer SET expires_at = '1970-01-01 00:00:00' WHERE id = 1 AND owner = ?")) {
            free.setString(1, owner);
            free.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf("Could not give the audit sealer lease up: %s", e.getMessage());
        }
        forget();
    }

    /** Renews the lease when this sealer holds it, takes it when it ran out; true when held. */
    boolean holdLease() {
        try (Connection db = dataSource.getConnection();
             PreparedStatement renew = db.prepareStatement("UPDATE audit_sealer SET owner = ?,"
                     + " expires_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? MICROSECOND)"
                     + " WHERE id = 1 AND (owner = ? OR expires_at < UTC_TIMESTAMP(6))")) {
            renew.setString(1, owner);
            renew.setLong(2, lease.toNanos() / 1000);
            renew.setString(3, owner);
            return renew.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not renew the audit sealer lease: " + e.getMessage(), e);
        }
    }

    private record Row(long id, String mac) {
    }

    /** What a committed pass changed, applied to this sealer's memory only after the commit. */
    private static final class Batch {
        int sealed;
        String problem;
        long newestSealed;
        List<Long> found = new ArrayList<>();
        Map<Long, Instant> newGaps = new TreeMap<>();
    }

    private Batch sealBatch() throws SQLException {
        Batch batch = new Batch();
        try (Connection db = dataSource.getConnection()) {
            Head head = readHead(db, true);
            if (!head.sealedBy(chain)) {
                batch.problem = "The chain head does not match its seal (moved or altered without the key);"
                        + " sealing has stopped until the trail is checked.";
                return batch;
            }
            long newest = newestSealed != null ? newestSealed : newestSealed(db);
            List<Row> rows = new ArrayList<>();
            if (newestSealed == null) {
                // taking over: entries below the newest sealed one may have been missed
                rows.addAll(select(db, "SELECT e.id, e.mac FROM audit_entry e WHERE e.id > ? AND e.id <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id) ORDER BY e.id LIMIT "
                        + BATCH, Math.max(0, newest - LOOK_BACK), newest));
            } else if (!gaps.isEmpty()) {
                String ids = gaps.keySet().stream().limit(BATCH).map(String::valueOf).collect(Collectors.joining(","));
                rows.addAll(select(db, "SELECT e.id, e.mac FROM audit_entry e WHERE e.id IN (" + ids + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id) ORDER BY e.id"));
            }
            List<Row> fresh = select(db, "SELECT e.id, e.mac FROM audit_entry e WHERE e.id > ? ORDER BY e.id LIMIT "
                    + Math.max(1, BATCH - rows.size()), newest);
            long[] step = autoIncrement(db);
            Instant now = Instant.now(clock);
            long previous = newest;
            for (Row row : fresh) {
                if (row.id() - previous <= 10_000L * step[0]) {
                    for (long g = nextCongruent(previous, step); g < row.id(); g += step[0]) {
                        batch.newGaps.put(g, now);
                    }
                }
                previous = row.id();
            }
            rows.addAll(fresh);
            rows.sort(Comparator.comparingLong(Row::id));
            batch.newestSealed = fresh.isEmpty() ? newest : fresh.get(fresh.size() - 1).id();
            if (rows.isEmpty()) {
                return batch;
            }
            String keyId = chain.currentKeyId();
            long seq = head.count();
            String previousHash = head.lastHash();
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO audit_seal (seq, entry_id, previous_hash, hash, key_id, sealed_at) VALUES ");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
            }
            LocalDateTime sealedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
                int n = 0;
                for (Row row : rows) {
                    String hash = chain.sealHash(keyId, ++seq, row.id(), row.mac(), previousHash);
                    insert.setLong(++n, seq);
                    insert.setLong(++n, row.id());
                    insert.setString(++n, previousHash);
                    insert.setString(++n, hash);
                    insert.setString(++n, keyId);
                    insert.setObject(++n, sealedAt);
                    previousHash = hash;
                    batch.found.add(row.id());
                }
                insert.executeUpdate();
            }
            long lastEntry = rows.get(rows.size() - 1).id();
            try (PreparedStatement move = db.prepareStatement("UPDATE audit_chain_head SET seal_count = ?,"
                    + " last_entry_id = ?, last_hash = ?, key_id = ?, sealed_at = ?, mac = ?"
                    + " WHERE id = 1 AND seal_count = ? AND last_hash = ?")) {
                move.setLong(1, seq);
                move.setLong(2, lastEntry);
                move.setString(3, previousHash);
                move.setString(4, keyId);
                move.setObject(5, sealedAt);
                move.setString(6, chain.headMac(keyId, seq, lastEntry, previousHash));
                move.setLong(7, head.count());
                move.setString(8, head.lastHash());
                if (move.executeUpdate() != 1) {
                    throw new IllegalStateException("The chain head moved while sealing");
                }
            }
            batch.sealed = rows.size();
            return batch;
        }
    }

    private void applied(Batch batch) {
        newestSealed = Math.max(newestSealed == null ? 0 : newestSealed, batch.newestSealed);
        batch.found.forEach(gaps::remove);
        gaps.putAll(batch.newGaps);
        Instant giveUp = Instant.now(clock).minus(gapWait);
        for (Iterator<Instant> it = gaps.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(giveUp)) {
                it.remove(); // rolled back: an InnoDB id is never handed out twice
            }
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }

    /** The first id after {@code id} that this server's auto-increment settings can hand out. */
    private static long nextCongruent(long id, long[] step) {
        long inc = step[0];
        long offset = step[1] > inc ? 1 : step[1];
        long next = id + 1;
        long r = Math.floorMod(next - offset, inc);
        return r == 0 ? next : next + (inc - r);
    }

    private static long[] autoIncrement(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@auto_increment_increment, @@auto_increment_offset")) {
            rs.next();
            return new long[] {Math.max(1, rs.getLong(1)), Math.max(1, rs.getLong(2))};
        }
    }

    private static long newestSealed(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Row> select(Connection db, String sql, long... params) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i], Types.BIGINT);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2)));
                }
            }
            return rows;
        }
    }

    /** Committed entries newer than the newest sealed one: how many, and when the oldest was written. */
    public record Waiting(long count, Instant oldest) {
    }

    public static Waiting waiting(DataSource dataSource) {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(e.occurred_at) FROM audit_entry e"
                     + " WHERE e.id > (SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal)")) {
            rs.next();
            LocalDateTime oldest = rs.getObject(2, LocalDateTime.class);
            return new Waiting(rs.getLong(1), oldest == null ? null : oldest.toInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit backlog: " + e.getMessage(), e);
        }
    }

    /** Reads the chain head, under its row lock when {@code lock}. */
    public static Head readHead(Connection db, boolean lock) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seal_count, last_entry_id, last_hash, key_id, sealed_at, mac"
                     + " FROM audit_chain_head WHERE id = 1" + (lock ? " FOR UPDATE" : ""))) {
            rs.next();
            return new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(6));
        }
    }
}
