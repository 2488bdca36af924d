package com.kneerehab.records.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.MariaDbTestResource;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.PATIENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinic's backup, restored as its IT person would after losing the server: a database filled through
 * the API is backed up with deploy/backup/backup.sh while a clinician keeps adding patients, restored with
 * deploy/backup/restore.sh into a fresh database, and the packaged application started on it. The restored
 * rows are exactly those committed at the backup's snapshot, the audit trail's chain is intact
 * (verify-audit), and the patient signs in and sees the plan.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class BackupRestoreBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables whose rows are numbered in commit order by the single writer of each. */
    private static final List<String> TABLES = List.of("patient", "evaluation", "treatment_plan", "plan_exercise",
            "account", "audit_entry");

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "e2e.keycloak.url")
    String keycloak;

    @ConfigProperty(name = "e2e.replica.ports")
    List<Integer> ports;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String dbUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBackupTakenWhileTheClinicWorksRestoresIntoAWorkingApplication() throws Exception {
        db.reset();
        fixtures.patientWithPlan(PATIENT.username(), "Moreau");
        String cookie;
        try (Browser browser = Browser.open(app)) {
            KeycloakSignIn.signIn(browser, CLINICIAN);
            cookie = browser.cookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
        }
        for (int i = 0; i < 10; i++) {
            long patient = created(post(cookie, "/api/v1/patients", Fixtures.patientJson("Filled", "Before" + i)));
            created(post(cookie, "/api/v1/evaluations", Map.of("patientId", patient, "visitDate", LocalDate.now().toString())));
        }

        // a clinician keeps registering patients, one after another, for the whole backup
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                while (writing.get()) {
                    created(post(cookie, "/api/v1/patients", Fixtures.patientJson("Written", "During" + written.get())));
                    written.incrementAndGet();
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        }, "clinic-at-work");
        writer.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= 3 || writerFailure.get() != null);
        long patientsBefore = db.count("patient");

        Path backups = Path.of("target/backup-test").toAbsolutePath();
        deleteTree(backups);
        Files.createDirectories(backups);
        Path passphrase = backups.resolve("passphrase");
        Files.writeString(passphrase, UUID.randomUUID() + "-" + UUID.randomUUID());
        URI server = URI.create(dbUrl.substring("jdbc:".length()));
        String database = server.getPath().substring(1);
        Map<String, String> connection = Map.of("DB_HOST", server.getHost(), "DB_PORT", String.valueOf(server.getPort()));

        Map<String, String> backupEnv = new HashMap<>(connection);
        backupEnv.put("BACKUP_DIR", backups.toString());
        backupEnv.put("DB_NAME", database);
        backupEnv.put("BACKUP_PASSPHRASE_FILE", passphrase.toString());
        run(backupEnv, "deploy/backup/backup.sh");
        int writtenAtBackupEnd = written.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= writtenAtBackupEnd + 3
                || writerFailure.get() != null);
        writing.set(false);
        writer.join(30_000);
        assertEquals(null, writerFailure.get(), "the clinic's writes kept succeeding during the backup");

        Path folder;
        try (Stream<Path> list = Files.list(backups)) {
            folder = list.filter(p -> p.getFileName().toString().startsWith("kneerehab-")).findFirst().orElseThrow();
        }
        assertTrue(Files.isRegularFile(folder.resolve("records.sql.gz.enc")), "the dump is compressed and encrypted");
        assertTrue(Files.isRegularFile(folder.resolve("SHA256SUMS")));

        String restored = "krr_restore_" + ProcessHandle.current().pid();
        admin("DROP DATABASE IF EXISTS " + restored);
        try {
            Map<String, String> restoreEnv = new HashMap<>(connection);
            restoreEnv.put("RESTORE_DB_NAME", restored);
            restoreEnv.put("BACKUP_PASSPHRASE_FILE", passphrase.toString());
            run(restoreEnv, "deploy/backup/restore.sh", folder.toString());
            if (!"root".equals(dbUser)) {
                admin("GRANT ALL PRIVILEGES ON " + restored + ".* TO '" + dbUser + "'@'127.0.0.1'",
                        "GRANT ALL PRIVILEGES ON " + restored + ".* TO '" + dbUser + "'@'localhost'");
            }

            // exactly the rows committed at the snapshot: every row up to the last restored one, none after
            long restoredPatients = countIn(restored, "patient", null);
            assertTrue(restoredPatients >= patientsBefore, "the backup holds what was there when it started");
            assertTrue(restoredPatients < db.count("patient"), "writes went on after the snapshot");
            for (String table : TABLES) {
                long inBackup = countIn(restored, table, null);
                String lastId = single(restored, "SELECT COALESCE(MAX(id), 0) FROM " + table);
                assertEquals(db.count(table, "id <= " + lastId), inBackup, table + " at the backup point");
            }
            // seals are numbered by the one sealer at a time, in order: none after the snapshot, none missing before it
            String lastSeal = single(restored, "SELECT COALESCE(MAX(seq), 0) FROM audit_seal");
            assertEquals(db.count("audit_seal", "seq <= " + lastSeal), countIn(restored, "audit_seal", null),
                    "audit_seal at the backup point");

            Map<String, String> env = environment(restored);
            assertEquals(0, verifyAudit(env), "verify-audit on the restored database");

            try (Replica restoredApp = Replica.start("restored", ports.get(0), env)) {
                restoredApp.awaitReady();
                try (Browser browser = Browser.open(new URL(restoredApp.url() + "/"))) {
                    KeycloakSignIn.signIn(browser, PATIENT);
                    browser.go("/portal");
                    assertTrue(browser.text(By.tagName("h1")).contains("Hello, Pat"), browser.text(By.tagName("h1")));
                    assertEquals(2, browser.all(By.cssSelector("article.exercise")).size(), "the plan's exercises");
                    browser.screenshot("restored-portal");
                }
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + restored);
        }
    }

    /** The production settings, as in .env.example, on the restored database. */
    private Map<String, String> environment(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", dbUrl.substring(0, dbUrl.lastIndexOf('/') + 1) + database);
        env.put("DB_USERNAME", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        // as in production, the application runs as the runtime user and does not migrate
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        env.put("OIDC_AUTH_SERVER_URL", keycloak + "/realms/clinic");
        env.put("OIDC_CLIENT_ID", KeycloakServer.APP_CLIENT);
        env.put("OIDC_CLIENT_SECRET", KeycloakServer.APP_SECRET);
        env.put("OIDC_TOKEN_ENCRYPTION_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
        env.put("CSRF_SIGNATURE_KEY", UUID.randomUUID() + "-" + UUID.randomUUID());
        env.put("AUDIT_HMAC_KEY", KeycloakProfile.AUDIT_KEY);
        env.put("PUBLIC_BASE_URL", "http://localhost:" + ports.get(0));
        env.put("KEYCLOAK_ADMIN_URL", keycloak);
        env.put("KEYCLOAK_REALM", "clinic");
        env.put("KEYCLOAK_ADMIN_CLIENT_ID", KeycloakServer.ACCOUNTS_CLIENT);
        env.put("KEYCLOAK_ADMIN_CLIENT_SECRET", KeycloakServer.ACCOUNTS_SECRET);
        return env;
    }

    /** Runs the packaged application's verify-audit command and returns its exit code. */
    private static int verifyAudit(Map<String, String> environment) throws Exception {
        Path log = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")))
                .resolve("verify-audit-restored.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of(System.getProperty("e2e.app-jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath().toString(), "verify-audit")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            ChildProcess.end(process);
            throw new IllegalStateException("verify-audit did not finish:\n" + ChildProcess.tail(log, 30));
        }
        String output = Files.readString(log);
        assertTrue(output.contains("Audit trail intact"), output);
        return process.exitValue();
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Path log = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")))
                .resolve(Path.of(command[0]).getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash"), Stream.of(command)).toList())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            ChildProcess.end(process);
            throw new IllegalStateException(command[0] + " did not finish:\n" + ChildProcess.tail(log, 30));
        }
        assertEquals(0, process.exitValue(), command[0] + " failed:\n" + ChildProcess.tail(log, 30));
    }

    private HttpResponse<String> post(String cookie, String path, Object body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.toString().replaceAll("/$", "") + path))
                .header("Cookie", cookie).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("id").asLong();
    }

    private String adminUrl() {
        return dbUrl.substring(0, dbUrl.lastIndexOf('/') + 1);
    }

    private void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), "root", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long countIn(String database, String table, String where) throws SQLException {
        return Long.parseLong(single(database, "SELECT COUNT(*) FROM " + table + (where == null ? "" : " WHERE " + where)));
    }

    private String single(String database, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl() + database, "root", "");
             Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
