package com.kneerehab.records.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.awaitility.core.ConditionTimeoutException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak 26 for the browser suite, started from the server distribution that Maven fetched into
 * target/keycloak-dist (profile e2e). Each start begins from an empty Keycloak database and imports a test
 * copy of deploy/keycloak/clinic-realm.json: the same flows, one-time-code rules and password policy, but
 * client secrets the tests know, redirect addresses of the test application and its two replicas, and
 * the clinic's first users. Without the distribution, tar or Java the suite fails; it never skips.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    /** A user the test realm starts with. Staff must enrol a one-time code at their first sign-in. */
    public record User(String username, String password, String firstName, String lastName, String role) {
        public String name() {
            return firstName + " " + lastName;
        }
    }

    public static final User ADMIN = new User("clinic-admin", "Admin-Pass-2026x", "Ines", "Adeyemi", "admin");
    public static final User CLINICIAN = new User("dr-okafor", "Clinic-Pass-2026x", "Chidi", "Okafor", "clinician");
    /** Used only by the one-time-code test, so its first sign-in is always the enrolment. */
    public static final User OTP_CLINICIAN = new User("dr-lindqvist", "Otp-Pass-2026xy", "Sara", "Lindqvist", "clinician");
    /** Used only by the two-replica test. */
    public static final User REPLICA_CLINICIAN = new User("dr-haddad", "Replica-Pass-2026x", "Omar", "Haddad", "clinician");
    public static final User PATIENT = new User("pat-moreau", "Patient-Pass-2026x", "Lea", "Moreau", "patient");
    public static final List<User> USERS = List.of(ADMIN, CLINICIAN, OTP_CLINICIAN, REPLICA_CLINICIAN, PATIENT);

    public static final String APP_CLIENT = "knee-rehab-app";
    /** Client secrets made up for each run: production refuses any value printed in the repository. */
    public static final String APP_SECRET = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
    public static final String ACCOUNTS_CLIENT = "knee-rehab-accounts";
    public static final String ACCOUNTS_SECRET = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private Process process;
    private Path log;

    @Override
    public Map<String, String> start() {
        String version = System.getProperty("e2e.keycloak.version", "26.7.3");
        Path home = unpack(version);
        int port = freePort();
        int managementPort = freePort();
        int appPort = freePort();
        int replicaA = freePort();
        int replicaB = freePort();
        String url = "http://127.0.0.1:" + port;

        try {
            // a fresh server database each run: the realm is imported again, nobody has a one-time code yet
            deleteTree(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve("clinic-realm.json"), testRealm(List.of(appPort, replicaA, replicaB)));
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            log = logs.resolve("keycloak.log");
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        long started = System.nanoTime();
        // one more try when the server dies during start-up (a signal from outside on a busy shared machine)
        if (!launch(home, port, managementPort)) {
            System.out.println("[e2e] Keycloak stopped during start-up; starting it once more:\n" + tail());
            try {
                deleteTree(home.resolve("data/h2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            port = freePort();
            url = "http://127.0.0.1:" + port;
            if (!launch(home, port, freePort())) {
                throw new IllegalStateException("Keycloak stopped during start-up (exit " + process.exitValue() + "):\n"
                        + tail());
            }
        }
        System.out.printf("[e2e] Keycloak %s ready at %s in %d s (pid %d, log %s)%n", version, url,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), process.pid(), log);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.test-port", String.valueOf(appPort));
        config.put("quarkus.oidc.auth-server-url", url + "/realms/clinic");
        config.put("quarkus.oidc.client-id", APP_CLIENT);
        config.put("quarkus.oidc.credentials.secret", APP_SECRET);
        config.put("quarkus.keycloak.admin-client.server-url", url);
        config.put("quarkus.keycloak.admin-client.realm", "clinic");
        config.put("quarkus.keycloak.admin-client.client-id", ACCOUNTS_CLIENT);
        config.put("quarkus.keycloak.admin-client.client-secret", ACCOUNTS_SECRET);
        config.put("e2e.keycloak.url", url);
        config.put("e2e.replica.ports", replicaA + "," + replicaB);
        return config;
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        ChildProcess.end(process);
        process = null;
    }

    /** The Keycloak home, unpacked from the distribution once and kept (its first start builds it). */
    private static Path unpack(String version) {
        Path target = Path.of(System.getProperty("e2e.keycloak.home", "target/keycloak")).toAbsolutePath();
        Path home = target.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh")) && Files.isDirectory(home.resolve("lib"))) {
            return home;
        }
        Path dist = Path.of(System.getProperty("e2e.keycloak.dist",
                "target/keycloak-dist/keycloak-quarkus-dist-" + version + ".tar.gz"));
        if (!Files.isRegularFile(dist)) {
            Path cached = Path.of(System.getProperty("user.home"), ".m2/repository/org/keycloak/keycloak-quarkus-dist",
                    version, "keycloak-quarkus-dist-" + version + ".tar.gz");
            if (!Files.isRegularFile(cached)) {
                throw new IllegalStateException("The Keycloak distribution is missing (" + dist + "). Run the suite with "
                        + "`./mvnw verify -Pe2e`, which fetches org.keycloak:keycloak-quarkus-dist:" + version + ":tar.gz.");
            }
            dist = cached;
        }
        try {
            Files.createDirectories(target);
            Process tar = new ProcessBuilder("tar", "-xzf", dist.toAbsolutePath().toString(), "-C", target.toString())
                    .redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes());
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IllegalStateException("Unpacking " + dist + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Unpacking the Keycloak distribution needs tar (apt-get install tar)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return home;
    }

    /**
     * The clinic realm as deployed, adjusted for the test: known client secrets, the exact addresses of the
     * test application and the replicas, and the first users with their roles (staff without a one-time
     * code, so their first sign-in asks them to enrol one, as it would for a new clinic).
     */
    static String testRealm(List<Integer> appPorts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(
                Path.of(System.getProperty("e2e.keycloak.realm", "deploy/keycloak/clinic-realm.json")).toFile());
        for (var client : realm.withArray("clients")) {
            ObjectNode c = (ObjectNode) client;
            switch (c.get("clientId").asText()) {
                case APP_CLIENT -> {
                    c.put("secret", APP_SECRET);
                    ArrayNode redirects = c.putArray("redirectUris");
                    ArrayNode origins = c.putArray("webOrigins");
                    for (int port : appPorts) {
                        for (String host : List.of("localhost", "127.0.0.1")) {
                            redirects.add("http://" + host + ":" + port + "/*");
                            origins.add("http://" + host + ":" + port);
                        }
                    }
                }
                case ACCOUNTS_CLIENT -> c.put("secret", ACCOUNTS_SECRET);
                default -> {
                }
            }
        }
        ArrayNode users = realm.withArray("users");
        for (User u : USERS) {
            ObjectNode user = users.addObject();
            user.put("username", u.username());
            user.put("enabled", true);
            user.put("email", u.username() + "@clinic.example.org");
            user.put("emailVerified", true);
            user.put("firstName", u.firstName());
            user.put("lastName", u.lastName());
            ObjectNode password = user.putArray("credentials").addObject();
            password.put("type", "password");
            password.put("value", u.password());
            password.put("temporary", false);
            user.putArray("realmRoles").add("default-roles-clinic").add(u.role());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /** Starts Keycloak and waits for the clinic realm; false when the server died before it was ready. */
    private boolean launch(Path home, int port, int managementPort) {
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host", "127.0.0.1", "--http-port", String.valueOf(port),
                "--http-management-port", String.valueOf(managementPort), "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak from " + home, e);
        }
        String url = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(url + "/realms/clinic/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(READY_WITHIN).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !process.isAlive() || Replica.answersOk(http, wellKnown));
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Keycloak was not ready within " + READY_WITHIN.toSeconds() + " s:\n" + tail());
        }
        return process.isAlive();
    }

    private String tail() {
        return ChildProcess.tail(log, 40);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (File f : files.sorted(Comparator.reverseOrder()).map(Path::toFile).toList()) {
                if (!f.delete()) {
                    throw new IOException("Cannot delete " + f);
                }
            }
        }
    }
}
