package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The background sealer: one replica at a time seals, a dead one hands over, a stall shows in readiness and
 * the metrics, checkpoints catch a trail rolled back to an older genuine state, and the application's
 * database user cannot change what was written.
 */
@QuarkusTest
class AuditSealingTest {

    /** Health and metrics answer on the management interface. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    TestDatabase db;

    @Inject
    AuditLog audit;

    @Inject
    AuditSealing sealing;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditChain chain;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.username")
    String runtimeUser;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @AfterEach
    void sealingRunsAgain() {
        sealing.start();
    }

    private void append(int n, String action) {
        for (int i = 0; i < n; i++) {
            audit.append("clinician", Roles.CLINICIAN, action, "patient", (long) i, (long) i, AuditLog.Outcome.SUCCESS,
                    "127.0.0.1");
        }
    }

    /**
     * Two replicas' sealers compete while entries arrive: the lease lets one seal at a time (the other is
     * refused), the survivor takes over when the holder dies without letting go, and the result is one
     * linear chain holding every entry once.
     */
    @Test
    void twoReplicasSealOneLinearChainAndADeadOneHandsOver() throws Exception {
        sealing.stop(); // this replica's own sealer steps aside: the two below are the replicas
        AuditSealer a = new AuditSealer(dataSource, chain, clock, "replica-a", Duration.ofSeconds(1), Duration.ofMinutes(5));
        AuditSealer b = new AuditSealer(dataSource, chain, clock, "replica-b", Duration.ofSeconds(1), Duration.ofMinutes(5));
        AtomicBoolean aAlive = new AtomicBoolean(true);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sealedByA = new AtomicInteger();
        AtomicInteger sealedByB = new AtomicInteger();
        AtomicInteger bRefused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            pool.submit(() -> {
                while (running.get() && aAlive.get()) {
                    int n = a.pass();
                    sealedByA.addAndGet(Math.max(0, n));
                }
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                append(1, "chart.read");
                return sealedByA.get() > 0;
            });
            pool.submit(() -> {
                while (running.get()) {
                    int n = b.pass();
                    if (n < 0) {
                        bRefused.incrementAndGet();
                    } else {
                        sealedByB.addAndGet(n);
                    }
                }
                return null;
            });
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> append(60, "chart.read")));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> bRefused.get() > 0);
            assertEquals(0, sealedByB.get(), "B sealed while A held the lease");
            aAlive.set(false); // A dies: it stops renewing and never gives the lease up
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sealedByB.get() > 0
                    && db.count("audit_entry e", "NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)") == 0);
        } finally {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(sealedByA.get() > 0);
        assertEquals(db.count("audit_entry"), sealedByA.get() + sealedByB.get());
        assertEquals(db.count("audit_entry"), db.count("audit_seal"));
        assertEquals(String.valueOf(db.count("audit_seal")), db.single("SELECT MAX(seq) FROM audit_seal"));
        assertEquals(db.single("SELECT seal_count FROM audit_chain_head"), db.single("SELECT MAX(seq) FROM audit_seal"));
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(db.count("audit_entry"), result.checked());
    }

    /** Sealing stops (here: the head was tampered with, so the sealer refuses to extend it): readiness says so. */
    @Test
    void aStalledSealerTurnsReadinessDown() {
        append(2, "patient.read");
        db.sealAudit();
        given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(200);
        sealing.exclusive(() -> {
            db.execute("UPDATE audit_chain_head SET mac = REPEAT('0', 64) WHERE id = 1");
            // an entry written a minute ago that nobody sealed since
            AuditEntry e = new AuditEntry();
            e.occurredAt = clock.instant().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            e.subject = "clinician";
            e.role = Roles.CLINICIAN;
            e.action = "patient.read";
            e.recordType = "patient";
            e.outcome = "SUCCESS";
            e.keyId = chain.currentKeyId();
            e.mac = chain.entryMac(e);
            db.execute("INSERT INTO audit_entry (occurred_at, subject, role, action, record_type, outcome, key_id, mac)"
                    + " VALUES ('" + java.time.LocalDateTime.ofInstant(e.occurredAt, java.time.ZoneOffset.UTC)
                    + "', 'clinician', 'clinician', 'patient.read', 'patient', 'SUCCESS', '" + e.keyId + "', '" + e.mac + "')");
        });
        assertTrue(sealing.sealNow() >= 0);
        given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Audit trail sealing' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Audit trail sealing' }.data.problem", containsString("head"));
        given().port(management.getPort()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("audit_unsealed_oldest_seconds"));
        db.reset();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(200));
    }

    /**
     * The newest entries are removed and the head set back to an older state that was genuinely sealed:
     * the chain alone verifies, but not against a checkpoint taken before.
     */
    @Test
    void aTrailRolledBackToAnOlderGenuineHeadNoLongerReachesItsCheckpoint() throws Exception {
        append(3, "patient.read");
        db.sealAudit();
        String[] older = new String[1];
        sealing.exclusive(() -> older[0] = db.single("SELECT CONCAT_WS(',', seal_count, last_entry_id, last_hash,"
                + " key_id, sealed_at, mac) FROM audit_chain_head"));
        append(2, "patient.update");
        db.sealAudit();
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.take();
        assertTrue(checkpoints.genuine(checkpoint));
        assertTrue(verifier.verify(checkpoint).intact());

        Path file = Files.createTempFile("checkpoint", ".json");
        Files.writeString(file, "Audit checkpoint " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(checkpoint));
        assertEquals(checkpoint, checkpoints.read(file));

        AuditVerifier.Result[] result = new AuditVerifier.Result[2];
        sealing.exclusive(() -> {
            String[] h = older[0].split(",");
            db.execute("DELETE FROM audit_seal WHERE seq > " + h[0]);
            db.execute("DELETE FROM audit_entry WHERE NOT EXISTS (SELECT 1 FROM audit_seal s"
                    + " WHERE s.entry_id = audit_entry.id)");
            db.execute("UPDATE audit_chain_head SET seal_count = " + h[0] + ", last_entry_id = " + h[1] + ", last_hash = '"
                    + h[2] + "', key_id = '" + h[3] + "', sealed_at = '" + h[4] + "', mac = '" + h[5] + "' WHERE id = 1");
            result[0] = verifier.verify();
            result[1] = verifier.verify(checkpoints.read(file));
        });
        assertTrue(result[0].intact(), "without a checkpoint, a rolled-back trail looks whole: " + result[0].problem());
        assertFalse(result[1].intact());
        assertEquals(AuditVerifier.Reason.TRUNCATED, result[1].reason());
        assertTrue(result[1].problem().contains("checkpoint"), result[1].problem());
    }

    @Test
    void aForgedCheckpointIsRefused() {
        AuditCheckpoints.Checkpoint real = checkpoints.take();
        AuditCheckpoints.Checkpoint forged = new AuditCheckpoints.Checkpoint(real.count() + 10, real.lastEntryId(),
                real.lastHash(), real.takenAt(), real.keyId(), real.mac());
        AuditVerifier.Result result = verifier.verify(forged);
        assertFalse(result.intact());
        assertEquals(AuditVerifier.Reason.WRONG_KEY, result.reason());
    }

    @Test
    void theSealerWritesHeartbeats() {
        // the replica that holds the lease writes one when it starts sealing, then one a minute
        sealing.stop();
        sealing.start();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("audit_entry", "action = 'audit.heartbeat' AND subject = 'system'") >= 1);
    }

    /** The application's own database user may add entries and read them, never change or remove them. */
    @Test
    void theApplicationsDatabaseUserCannotChangeOrRemoveAnEntry() throws SQLException {
        Assumptions.assumeFalse("root".equals(runtimeUser), "the embedded database has no grant tables");
        append(1, "patient.read");
        db.sealAudit();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE audit_entry SET subject = 'someone-else'", "DELETE FROM audit_entry",
                    "UPDATE audit_seal SET hash = previous_hash", "DELETE FROM audit_seal", "TRUNCATE TABLE audit_entry",
                    "DROP TABLE audit_seal")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
            }
            // what it needs elsewhere still works
            s.execute("UPDATE exercise SET version = version WHERE id = 1");
        }
        assertEquals(1, db.count("audit_entry", "action = 'patient.read' AND subject = 'clinician'"));
        assertTrue(verifier.verify().intact());
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminsSeeTheBacklogAndTakeACheckpointOnRequest() {
        append(3, "patient.read");
        db.sealAudit();
        String count = db.single("SELECT seal_count FROM audit_chain_head");
        given().contentType("application/json").when().post("/api/v1/audit/checkpoints").then().statusCode(200)
                .body("count", equalTo(Integer.parseInt(count))).body("keyId", equalTo(chain.currentKeyId()));
        given().when().get("/api/v1/audit/backlog").then().statusCode(200).body("stalledBecause", equalTo(null));
        String page = com.kneerehab.records.platform.FormClient.open("/admin/audit")
                .post("/admin/audit/checkpoint", java.util.Map.of()).asString();
        assertTrue(page.contains("Checkpoint taken at"), page);
        assertTrue(db.count("audit_entry", "action = 'audit.checkpoint' AND subject = 'admin'") >= 2);
    }
}
