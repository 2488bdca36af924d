package com.kneerehab.records.portal;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session logged while the patient is being discharged lands on one side of the discharge, never after it:
 * the discharge here has changed the patient row and is still open when the session comes in; the session
 * waits for it and is then refused, and nothing is logged against the ended care.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class SessionDischargeConcurrencyTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    PatientRepository patients;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    PortalFixtures.Linked mine;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aSessionDuringADischargeWaitsForItAndIsRefused() throws Exception {
        CountDownLatch discharging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // the discharge's change of the patient row: flushed (row locked), not yet committed
        CompletableFuture<Void> discharge = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Patient patient = patients.findById(mine.patientId());
            patient.status = Patient.Status.DISCHARGED;
            patient.updatedAt = Instant.now();
            patients.flush();
            discharging.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }), threads);
        assertTrue(discharging.await(30, TimeUnit.SECONDS), "the discharge started");

        CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("submissionId", "during-discharge", "sessionDate", LocalDate.now().toString(),
                        "exercisesDone", List.of(1), "painBefore", 3, "painAfter", 2))
                .when().post("/api/v1/me/sessions").then().extract().statusCode(), threads);
        // wait until the session is either done or waiting for the discharge's lock, then let the discharge commit
        await().atMost(Duration.ofSeconds(30)).until(() -> session.isDone() || db.count("information_schema.innodb_trx t",
                "t.trx_state = 'LOCK WAIT' AND t.trx_mysql_thread_id IN (SELECT p.id FROM information_schema.processlist p"
                        + " WHERE p.db = DATABASE())") > 0);
        release.countDown();
        discharge.get(30, TimeUnit.SECONDS);

        assertEquals(409, session.get(30, TimeUnit.SECONDS), "the session after the discharge is refused");
        assertEquals(0, db.count("session_log", "patient_id = " + mine.patientId()));
        assertEquals(1, db.count("audit_entry", "action = 'portal.session.create' AND outcome = 'DENIED'"));
    }
}
