package com.kneerehab.records.portal;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        // the discharge's change of the patient row: flushed (row locked), not yet committed
        HeldPatientChange discharge = HeldPatientChange.start(patients, mine.patientId(),
                patient -> patient.status = Patient.Status.DISCHARGED, threads);

        CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("submissionId", "during-discharge", "sessionDate", LocalDate.now().toString(),
                        "exercisesDone", List.of(1), "painBefore", 3, "painAfter", 2))
                .when().post("/api/v1/me/sessions").then().extract().statusCode(), threads);
        discharge.commitOnceWaitedFor(db, session);

        assertEquals(409, session.get(30, TimeUnit.SECONDS), "the session after the discharge is refused");
        assertEquals(0, db.count("session_log", "patient_id = " + mine.patientId()));
        assertEquals(1, db.count("audit_entry", "action = 'portal.session.create' AND outcome = 'DENIED'"));
    }
}
