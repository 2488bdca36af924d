package com.kneerehab.records.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives the test run a real, empty MariaDB database: on the server at 127.0.0.1:3306 when one is
 * running (our machines and CI), otherwise on an embedded server started for the run.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static final int LOCAL_PORT = 3306;
    /** The user the application connects as: tests can lock it out to simulate losing the database. */
    public static final String APP_USER = "krr_app_" + ProcessHandle.current().pid();
    public static final String APP_PASSWORD = java.util.UUID.randomUUID().toString();
    /** The user that owns the schema and runs the migrations (Flyway), as in production. */
    public static final String OWNER_USER = "krr_owner_" + ProcessHandle.current().pid();
    public static final String OWNER_PASSWORD = java.util.UUID.randomUUID().toString();
    private static final String[] HOSTS = {"127.0.0.1", "localhost"};
    private static String adminUrl;

    private static EmbeddedMariaDb running;

    private EmbeddedMariaDb embedded;
    private Path dataDir;
    private String database;

    @Override
    public Map<String, String> start() {
        if (!"false".equals(System.getProperty("test.use-local-mariadb")) && EmbeddedMariaDb.isListening(LOCAL_PORT)) {
            database = "krr_test_" + ProcessHandle.current().pid();
            adminUrl = "jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/";
            run(adminUrl, "DROP DATABASE IF EXISTS " + database,
                    "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createUsers(database);
            return config("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/" + database);
        }
        try {
            dataDir = Files.createTempDirectory("krr-test-mariadb");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        embedded = EmbeddedMariaDb.start(0, dataDir);
        running = embedded;
        adminUrl = embedded.jdbcUrl().substring(0, embedded.jdbcUrl().lastIndexOf('/') + 1);
        // the embedded server runs without grant tables: the application connects as root and owns the
        // schema, so the runtime user's grants (DB_RUNTIME_GRANTEES) are not given
        return Map.of("quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    /**
     * Takes the database away from the application: on a shared server by locking the application's
     * user out and killing its connections, on the embedded one by stopping it.
     */
    public static void outage() {
        if (running != null) {
            running.stop();
            return;
        }
        asAdmin("ALTER USER '" + APP_USER + "'@'127.0.0.1' ACCOUNT LOCK",
                "ALTER USER '" + APP_USER + "'@'localhost' ACCOUNT LOCK");
        List<String> kills = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(adminUrl, "root", "");
             var rs = c.createStatement().executeQuery(
                     "SELECT id FROM information_schema.processlist WHERE user = '" + APP_USER + "'")) {
            while (rs.next()) {
                kills.add("KILL CONNECTION " + rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!kills.isEmpty()) {
            asAdmin(kills.toArray(String[]::new));
        }
    }

    /** Gives the database back after {@link #outage()}. */
    public static void recover() {
        if (running != null) {
            running.restart();
            return;
        }
        asAdmin("ALTER USER '" + APP_USER + "'@'127.0.0.1' ACCOUNT UNLOCK",
                "ALTER USER '" + APP_USER + "'@'localhost' ACCOUNT UNLOCK");
    }

    /**
     * The schema's owner, which migrates, and the application's user, which gets no privileges here: the
     * migrations grant it what it needs, as they do in production.
     */
    private static void createUsers(String db) {
        for (String host : HOSTS) {
            String owner = "'" + OWNER_USER + "'@'" + host + "'";
            String user = "'" + APP_USER + "'@'" + host + "'";
            run(adminUrl, "DROP USER IF EXISTS " + owner, "DROP USER IF EXISTS " + user,
                    "CREATE USER " + owner + " IDENTIFIED BY '" + OWNER_PASSWORD + "'",
                    "GRANT ALL PRIVILEGES ON " + db + ".* TO " + owner + " WITH GRANT OPTION",
                    "CREATE USER " + user + " IDENTIFIED BY '" + APP_PASSWORD + "'");
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
            running = null;
            deleteTree(dataDir);
        } else if (database != null) {
            run(adminUrl, "DROP DATABASE IF EXISTS " + database,
                    "DROP USER IF EXISTS '" + APP_USER + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + APP_USER + "'@'localhost'",
                    "DROP USER IF EXISTS '" + OWNER_USER + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + OWNER_USER + "'@'localhost'");
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static Map<String, String> config(String url) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP_USER,
                "quarkus.datasource.password", APP_PASSWORD,
                "quarkus.flyway.username", OWNER_USER,
                "quarkus.flyway.password", OWNER_PASSWORD,
                "quarkus.flyway.placeholders.runtime_grantees",
                "`" + APP_USER + "`@`127.0.0.1`, `" + APP_USER + "`@`localhost`");
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
