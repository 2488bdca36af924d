package com.kneerehab.records.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static com.kneerehab.records.e2e.KeycloakServer.REPLICA_CLINICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of the packaged application on one database, as deployed behind a load balancer: a session
 * signed in through one is honoured by the other (the session is the encrypted cookie, not server memory),
 * and two simultaneous edits of the same record through different replicas end in one save and one 409,
 * never in a silent overwrite.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class TwoReplicasBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shared by both replicas, made up for the run: production refuses values printed in the repository. */
    private static final String SHARED_COOKIE_SECRET = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
    private static final String SHARED_CSRF_KEY = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

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

    @ConfigProperty(name = "knee-rehab.audit.hmac-key")
    String auditKey;

    @Inject
    TestDatabase db;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aSessionFromOneReplicaWorksOnTheOtherAndSimultaneousEditsConflict() throws Exception {
        db.reset();
        Map<String, String> environment = environment();
        try (Replica a = Replica.start("a", ports.get(0), environment);
             Replica b = Replica.start("b", ports.get(1), environment)) {
            a.awaitReady();
            b.awaitReady();
            System.out.printf("[e2e] replicas ready: A %s (pid %d), B %s (pid %d)%n", a.url(), a.pid(), b.url(), b.pid());

            try (Browser browser = Browser.open(new URL(a.url() + "/"))) {
                KeycloakSignIn.signIn(browser, REPLICA_CLINICIAN);
                // a clinician lands on the worklist
                browser.await(d -> browser.url().split("\\?")[0].equals(a.url() + "/clinic/worklist"));
                assertEquals(a.url() + "/clinic/worklist", browser.url(), "signed in through replica A");
                String cookie = browser.cookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
                assertTrue(browser.cookies().stream().map(Cookie::getName).anyMatch(n -> n.startsWith("q_session")),
                        "the session cookie: " + cookie);

                // (1) replica B honours A's session cookie on its own: no redirect to Keycloak, no new sign-in
                HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(b.url() + "/clinic/patients"))
                        .header("Cookie", cookie).header("Accept", "text/html").GET());
                assertEquals(200, list.statusCode(), "B answers A's session: " + list.headers().map());
                HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(b.url() + "/"))
                        .header("Cookie", cookie).header("Accept", "text/html").GET());
                assertTrue(home.body().contains("<strong>" + REPLICA_CLINICIAN.name() + "</strong> with the role <strong class=\"role\">clinician"),
                        home.body());
                // and the browser, moving over to B, is signed in there with the same cookies
                browser.visit(b.url() + "/");
                assertEquals(b.url() + "/", browser.url());
                assertTrue(browser.text(By.cssSelector("main p")).contains("signed in as " + REPLICA_CLINICIAN.name()));

                // (2) one evaluation, then the same step saved at the same version through A and through B at once
                long patientId = created(send(json(a, "/api/v1/patients", "POST", cookie, Fixtures.patientJson("Rui", "Costa"))));
                long evaluationId = created(send(json(b, "/api/v1/evaluations", "POST", cookie,
                        Map.of("patientId", patientId, "visitDate", LocalDate.now().toString()))));
                Map<String, Object> throughA = Fixtures.ribcage(0, false);
                throughA.put("notes", "Saved through replica A");
                Map<String, Object> throughB = Fixtures.ribcage(0, false);
                throughB.put("notes", "Saved through replica B");
                String step = "/api/v1/evaluations/" + evaluationId + "/steps/ribcage";
                List<HttpResponse<String>> answers = simultaneously(
                        json(a, step, "PUT", cookie, throughA), json(b, step, "PUT", cookie, throughB));

                List<Integer> statuses = new ArrayList<>(answers.stream().map(HttpResponse::statusCode).toList());
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "one save and one conflict: "
                        + answers.stream().map(HttpResponse::body).toList());
                HttpResponse<String> winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
                HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertTrue(loser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

                // the record holds the winner's notes at version 1, read through either replica
                String winnersNotes = JSON.readTree(winner.body()).path("ribcage").path("notes").asText();
                assertTrue(winnersNotes.startsWith("Saved through replica"), winner.body());
                for (Replica replica : List.of(a, b)) {
                    JsonNode saved = JSON.readTree(send(HttpRequest.newBuilder(URI.create(replica.url()
                            + "/api/v1/evaluations/" + evaluationId)).header("Cookie", cookie)
                            .header("Accept", "application/json").GET()).body());
                    assertEquals(1, saved.path("version").asInt(), saved.toString());
                    assertEquals(winnersNotes, saved.path("ribcage").path("notes").asText(), saved.toString());
                }
            }
            // (3) both replicas (and this test's own application) sealed the entries into one linear chain
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.count("audit_entry e",
                    "NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)") == 0);
            var chain = verifier.verify();
            assertTrue(chain.intact(), chain.problem());
            assertEquals(db.count("audit_seal"), chain.checked());
        }
    }

    @Inject
    com.kneerehab.records.audit.AuditVerifier verifier;

    /** The production settings both replicas share, as in .env.example, pointing at the test database and Keycloak. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("DB_USERNAME", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        // as in production, the replicas run as the runtime user and do not migrate: the test run did
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        env.put("OIDC_AUTH_SERVER_URL", keycloak + "/realms/clinic");
        env.put("OIDC_CLIENT_ID", KeycloakServer.APP_CLIENT);
        env.put("OIDC_CLIENT_SECRET", KeycloakServer.APP_SECRET);
        env.put("OIDC_TOKEN_ENCRYPTION_SECRET", SHARED_COOKIE_SECRET);
        env.put("CSRF_SIGNATURE_KEY", SHARED_CSRF_KEY);
        env.put("AUDIT_HMAC_KEY", auditKey);
        env.put("PUBLIC_BASE_URL", "http://localhost:" + ports.get(0));
        env.put("KEYCLOAK_ADMIN_URL", keycloak);
        env.put("KEYCLOAK_REALM", "clinic");
        env.put("KEYCLOAK_ADMIN_CLIENT_ID", KeycloakServer.ACCOUNTS_CLIENT);
        env.put("KEYCLOAK_ADMIN_CLIENT_SECRET", KeycloakServer.ACCOUNTS_SECRET);
        return env;
    }

    private static HttpRequest.Builder json(Replica replica, String path, String method, String cookie, Object body)
            throws IOException {
        return HttpRequest.newBuilder(URI.create(replica.url() + path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("id").asLong();
    }

    /** Sends both requests at the same moment, each from its own thread, and returns both answers. */
    private List<HttpResponse<String>> simultaneously(HttpRequest.Builder first, HttpRequest.Builder second) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (HttpRequest.Builder request : List.of(first, second)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return send(request);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        return calls.stream().map(CompletableFuture::join).toList();
    }
}
