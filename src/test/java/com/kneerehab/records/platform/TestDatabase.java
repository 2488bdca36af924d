package com.kneerehab.records.platform;

import com.kneerehab.records.audit.AuditSealing;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Puts the database back to its migrated state (the seeded exercise library and nothing else), so
 * every test class starts from the same known state whatever ran before it. Works as the database's
 * administrator (root), not as the application's user, which may not delete or change audit entries:
 * statements run here also stand for someone tampering with the database directly.
 */
@ApplicationScoped
@QuarkusTestResource(MariaDbTestResource.class)
public class TestDatabase {

    private static final List<String> CLEARED = List.of(
            "audit_seal", "audit_entry", "account_change", "outcome_answer", "outcome_response",
            "outcome_assignment", "clinician_alert", "warning_report", "session_log", "account", "plan_exercise",
            "episode_of_care",
            "treatment_plan", "evaluation_handover", "evaluation_addendum", "evaluation", "patient");

    @Inject
    AuditSealing sealing;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    public void reset() {
        sealing.exclusive(() -> {
            try (Connection connection = admin(); Statement sql = connection.createStatement()) {
                sql.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : CLEARED) {
                    sql.execute("DELETE FROM " + table);
                }
                sql.execute("DELETE FROM exercise WHERE id > 3");
                sql.execute("UPDATE exercise SET retired = FALSE, version = 0");
                sql.execute(EMPTY_HEAD);
                sql.execute("SET FOREIGN_KEY_CHECKS = 1");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reset the test database", e);
            }
        });
    }

    private static final String EMPTY_HEAD = "UPDATE audit_chain_head SET seal_count = 0, last_entry_id = 0,"
            + " last_hash = '" + "0".repeat(64) + "', key_id = '', mac = '' WHERE id = 1";

    /** Empties the audit trail alone. */
    public void clearAudit() {
        sealing.exclusive(() -> {
            try (Connection connection = admin(); Statement sql = connection.createStatement()) {
                sql.execute("DELETE FROM audit_seal");
                sql.execute("DELETE FROM audit_entry");
                sql.execute(EMPTY_HEAD);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot clear the audit trail", e);
            }
        });
    }

    /** Seals every committed audit entry now (what the background sealer does within a moment). */
    public void sealAudit() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sealing.sealNow() >= 0 && count("audit_entry e",
                        "NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)") == 0);
    }

    public long count(String table, String where) {
        try (Connection connection = admin(); Statement sql = connection.createStatement();
             var rs = sql.executeQuery("SELECT COUNT(*) FROM " + table + (where == null ? "" : " WHERE " + where))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String statementSql) {
        try (Connection connection = admin(); Statement sql = connection.createStatement()) {
            sql.execute(statementSql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String single(String query) {
        try (Connection connection = admin(); Statement sql = connection.createStatement();
             var rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String table) {
        return count(table, null);
    }
}
