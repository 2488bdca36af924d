package com.kneerehab.records.portal;

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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A patient's warning report never fails because a clinician edits the patient's record at the same moment.
 * The edit here has changed the patient row (taking its lock and moving its version) and is still open when
 * the report comes in; the report waits at most for that edit to commit and is then saved, and the edit keeps
 * its version: the report writes no row anyone else edits.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class WarningReportConcurrencyTest {

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
    void aReportWhileTheChartIsBeingEditedIsSavedAndTheEditToo() throws Exception {
        int versionBefore = Integer.parseInt(db.single("SELECT version FROM patient WHERE id = " + mine.patientId()));
        // a clinician's edit of the record: changed, flushed (row locked, version moved), not yet committed
        HeldPatientChange edit = HeldPatientChange.start(patients, mine.patientId(),
                patient -> patient.phone = "+44 7700 900999", threads);

        // the patient reports a warning symptom meanwhile
        CompletableFuture<Integer> report = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("submissionId", "concurrent-1", "symptom", "TINGLING_ARMS", "details", "Left arm"))
                .when().post("/api/v1/me/warnings").then().extract().statusCode(), threads);
        edit.commitOnceWaitedFor(db, report);

        assertEquals(201, report.get(30, TimeUnit.SECONDS), "the report is saved, not refused");
        assertEquals(1, db.count("warning_report", "acknowledged_at IS NULL AND patient_id = " + mine.patientId()));
        assertEquals("+44 7700 900999", db.single("SELECT phone FROM patient WHERE id = " + mine.patientId()));
        assertEquals(String.valueOf(versionBefore + 1), db.single("SELECT version FROM patient WHERE id = " + mine.patientId()),
                "only the edit moved the record's version");
        assertEquals(1, db.count("audit_entry", "action = 'portal.warning.create' AND outcome = 'SUCCESS'"));
    }

    @Test
    void manyReportsAtOnceAreEachSaved() throws Exception {
        CompletableFuture<?>[] sent = new CompletableFuture<?>[6];
        ExecutorService many = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < sent.length; i++) {
                String id = "many-" + i;
                String symptom = i % 2 == 0 ? "TINGLING_ARMS" : "UPSET_STOMACH";
                sent[i] = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("submissionId", id, "symptom", symptom))
                        .when().post("/api/v1/me/warnings").then().extract().statusCode(), many);
            }
            for (CompletableFuture<?> one : sent) {
                assertEquals(201, one.get(60, TimeUnit.SECONDS));
            }
        } finally {
            many.shutdownNow();
        }
        assertEquals(sent.length, db.count("warning_report", "acknowledged_at IS NULL AND patient_id = " + mine.patientId()));
    }
}
