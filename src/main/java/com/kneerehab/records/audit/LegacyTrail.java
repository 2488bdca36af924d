package com.kneerehab.records.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The trail written before entries were sealed in the background (kept read-only in audit_entry_v1): one
 * hash per entry over its content and the previous hash, ending at audit_chain_head_v1. Verified with the
 * current key: rotate the key only after this archive has been verified, or it no longer checks out.
 */
final class LegacyTrail {

    private final AuditChain chain;

    LegacyTrail(AuditChain chain) {
        this.chain = chain;
    }

    /** Null when there is no archived trail; otherwise whether it holds. */
    AuditVerifier.Result verify(Connection db) throws SQLException {
        String previous = AuditChain.GENESIS;
        long lastId = 0;
        long checked = 0;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, occurred_at, subject, role, action, record_type, record_id,"
                     + " patient_id, outcome, client_address, previous_hash, hash FROM audit_entry_v1 ORDER BY id")) {
            while (rs.next()) {
                checked++;
                long id = rs.getLong(1);
                if (!rs.getString(11).equals(previous)) {
                    return AuditVerifier.Result.broken(checked, id, AuditVerifier.Reason.MISSING, 
                            AuditVerifier.words().archivedNotFollowing(id, lastId));
                }
                String occurred = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString();
                String hash = chain.legacyHash(chain.currentKeyId(), previous, occurred, rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class),
                        rs.getString(9), rs.getString(10));
                if (!hash.equals(rs.getString(12))) {
                    return AuditVerifier.Result.broken(checked, id, AuditVerifier.Reason.ALTERED, 
                            AuditVerifier.words().archivedAltered(id));
                }
                previous = hash;
                lastId = id;
            }
        }
        if (checked == 0) {
            return null;
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_chain_head_v1 WHERE id = 1")) {
            if (rs.next() && (rs.getLong(1) != lastId || !previous.equals(rs.getString(2)))) {
                return AuditVerifier.Result.broken(checked, rs.getLong(1), AuditVerifier.Reason.TRUNCATED,
                        AuditVerifier.words().archivedNewestMissing(lastId));
            }
        }
        return AuditVerifier.Result.ok(checked, 0);
    }
}
