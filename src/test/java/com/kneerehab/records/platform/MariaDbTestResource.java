package com.kneerehab.records.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives the test run a real, empty MariaDB database: on the server at 127.0.0.1:3306 when one is
 * running (our machines and CI), otherwise on an embedded server started for the run.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static final int LOCAL_PORT = 3306;
    private EmbeddedMariaDb embedded;
    private String database;

    @Override
    public Map<String, String> start() {
        if (!"false".equals(System.getProperty("test.use-local-mariadb")) && EmbeddedMariaDb.isListening(LOCAL_PORT)) {
            database = "krr_test_" + ProcessHandle.current().pid();
            run("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/", "DROP DATABASE IF EXISTS " + database,
                    "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return config("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/" + database);
        }
        embedded = EmbeddedMariaDb.start(0, null);
        return config(embedded.jdbcUrl());
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.stop();
        } else if (database != null) {
            run("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/", "DROP DATABASE IF EXISTS " + database);
        }
    }

    private static Map<String, String> config(String url) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    private static void run(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database", e);
        }
    }
}
