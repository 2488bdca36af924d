package com.kneerehab.records.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Puts the database back to its migrated state (the seeded exercise library and nothing else), so
 * every test class starts from the same known state whatever ran before it.
 */
@ApplicationScoped
@QuarkusTestResource(MariaDbTestResource.class)
public class TestDatabase {

    private static final List<String> CLEARED = List.of(
            "audit_entry", "outcome_answer", "outcome_response", "outcome_assignment", "clinician_alert", "warning_report", "session_log", "account", "plan_exercise",
            "treatment_plan", "evaluation_addendum", "evaluation", "patient");

    @Inject
    AgroalDataSource dataSource;

    public void reset() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : CLEARED) {
                sql.execute("DELETE FROM " + table);
            }
            sql.execute("DELETE FROM exercise WHERE id > 3");
            sql.execute("UPDATE exercise SET retired = FALSE, version = 0");
            sql.execute("UPDATE audit_chain_head SET last_id = 0, last_hash = '" + "0".repeat(64) + "'");
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database", e);
        }
    }

    public long count(String table, String where) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             var rs = sql.executeQuery("SELECT COUNT(*) FROM " + table + (where == null ? "" : " WHERE " + where))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String statementSql) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statementSql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String single(String query) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
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
