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
    private static final String[] HOSTS = {"127.0.0.1", "localhost"};
    /** The server and user of the test application's database, which {@link #outage()} takes away. */
    private static String adminUrl;
    private static String applicationUser;
    private static EmbeddedMariaDb running;

    /** Whether this is the test application's database (Quarkus' resource) or one a test starts for itself. */
    private final boolean forTheTestApplication;
    /** Names carry the process id, and a test's own suffix, so two databases of one JVM never meet. */
    private final String suffix;
    /** The user the application connects as: tests can lock it out to simulate losing the database. */
    private final String appUser;
    private final String appPassword = java.util.UUID.randomUUID().toString();
    /** The user that owns the schema and runs the migrations (Flyway), as in production. */
    private final String ownerUser;
    private final String ownerPassword = java.util.UUID.randomUUID().toString();
    private String serverUrl;
    private EmbeddedMariaDb embedded;
    private Path dataDir;
    private String database;

    /** The test application's database: Quarkus creates it from {@code @QuarkusTestResource}. */
    public MariaDbTestResource() {
        this(null);
    }

    /**
     * A database of a test's own (for an application it starts itself), named apart from the test application's
     * by {@code name}, so creating or dropping it never touches the database a running test application uses.
     */
    public MariaDbTestResource(String name) {
        forTheTestApplication = name == null;
        suffix = ProcessHandle.current().pid() + (name == null ? "" : "_" + name);
        appUser = "krr_app_" + suffix;
        ownerUser = "krr_owner_" + suffix;
    }

    @Override
    public Map<String, String> start() {
        if (!"false".equals(System.getProperty("test.use-local-mariadb")) && EmbeddedMariaDb.isListening(LOCAL_PORT)) {
            database = "krr_test_" + suffix;
            serverUrl = "jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/";
            run(serverUrl, "DROP DATABASE IF EXISTS " + database,
                    "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createUsers();
            remember(null);
            return config("jdbc:mariadb://127.0.0.1:" + LOCAL_PORT + "/" + database);
        }
        try {
            dataDir = Files.createTempDirectory("krr-test-mariadb");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        embedded = EmbeddedMariaDb.start(0, dataDir);
        serverUrl = embedded.jdbcUrl().substring(0, embedded.jdbcUrl().lastIndexOf('/') + 1);
        remember(embedded);
        // the embedded server runs without grant tables: the application connects as root and owns the
        // schema, so the runtime user's grants (DB_RUNTIME_GRANTEES) are not given
        return Map.of("quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    private void remember(EmbeddedMariaDb server) {
        if (forTheTestApplication) {
            adminUrl = serverUrl;
            applicationUser = appUser;
            running = server;
        }
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
        asAdmin("ALTER USER '" + applicationUser + "'@'127.0.0.1' ACCOUNT LOCK",
                "ALTER USER '" + applicationUser + "'@'localhost' ACCOUNT LOCK");
        List<String> kills = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(adminUrl, "root", "");
             var rs = c.createStatement().executeQuery(
                     "SELECT id FROM information_schema.processlist WHERE user = '" + applicationUser + "'")) {
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
        asAdmin("ALTER USER '" + applicationUser + "'@'127.0.0.1' ACCOUNT UNLOCK",
                "ALTER USER '" + applicationUser + "'@'localhost' ACCOUNT UNLOCK");
    }

    /**
     * The schema's owner, which migrates, and the application's user, which gets no privileges here: the
     * migrations grant it what it needs, as they do in production.
     */
    private void createUsers() {
        for (String host : HOSTS) {
            String owner = "'" + ownerUser + "'@'" + host + "'";
            String user = "'" + appUser + "'@'" + host + "'";
            run(serverUrl, "DROP USER IF EXISTS " + owner, "DROP USER IF EXISTS " + user,
                    "CREATE USER " + owner + " IDENTIFIED BY '" + ownerPassword + "'",
                    "GRANT ALL PRIVILEGES ON " + database + ".* TO " + owner + " WITH GRANT OPTION",
                    "CREATE USER " + user + " IDENTIFIED BY '" + appPassword + "'");
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
            if (running == embedded) {
                running = null;
            }
            deleteTree(dataDir);
        } else if (database != null) {
            run(serverUrl, "DROP DATABASE IF EXISTS " + database,
                    "DROP USER IF EXISTS '" + appUser + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + appUser + "'@'localhost'",
                    "DROP USER IF EXISTS '" + ownerUser + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + ownerUser + "'@'localhost'");
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private Map<String, String> config(String url) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", appUser,
                "quarkus.datasource.password", appPassword,
                "quarkus.flyway.username", ownerUser,
                "quarkus.flyway.password", ownerPassword,
                "quarkus.flyway.placeholders.runtime_grantees",
                "`" + appUser + "`@`127.0.0.1`, `" + appUser + "`@`localhost`");
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
