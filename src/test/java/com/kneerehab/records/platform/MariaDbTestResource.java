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
    /** The user the application connects as: tests can lock it out to simulate losing the database. */
    public static final String APP_USER = "krr_app_" + ProcessHandle.current().pid();
    public static final String APP_PASSWORD = "test-only-" + ProcessHandle.current().pid();
    private static String adminUrl;

    private EmbeddedMariaDb embedded;
    private String database;

    @Override
    public Map<String, String> start() {
        if (!"false".equals(System.getProperty("test.use-local-mariadb")) && EmbeddedMariaDb.isListening(LOCAL_PORT)) {
            database = "krr_test_" + ProcessHandle.current().pid();
            adminUrl = "jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/";
            run(adminUrl, "DROP DATABASE IF EXISTS " + database,
                    "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createAppUser(database);
            return config("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/" + database);
        }
        embedded = EmbeddedMariaDb.start(0, null);
        adminUrl = embedded.jdbcUrl().substring(0, embedded.jdbcUrl().lastIndexOf('/') + 1);
        createAppUser(EmbeddedMariaDb.DATABASE);
        return config(embedded.jdbcUrl());
    }

    private static void createAppUser(String db) {
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            String user = "'" + APP_USER + "'@'" + host + "'";
            run(adminUrl, "DROP USER IF EXISTS " + user,
                    "CREATE USER " + user + " IDENTIFIED BY '" + APP_PASSWORD + "'",
                    "GRANT ALL PRIVILEGES ON " + db + ".* TO " + user);
        }
    }

    /** Runs statements as the database administrator (root), outside the application's pool. */
    public static void asAdmin(String... statements) {
        run(adminUrl, statements);
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.stop();
        } else if (database != null) {
            run(adminUrl, "DROP DATABASE IF EXISTS " + database,
                    "DROP USER IF EXISTS '" + APP_USER + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + APP_USER + "'@'localhost'");
        }
    }

    private static Map<String, String> config(String url) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP_USER,
                "quarkus.datasource.password", APP_PASSWORD);
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
