package com.kneerehab.records.portal;

import java.time.ZoneOffset;
import com.kneerehab.records.Records;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as the signed-in patient "pat" uses it; "other" is another patient of the clinic. */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PortalTest {

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked theirs;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
        theirs = fixtures.patientWithPlan("other", "Theirs");
        db.clearAudit();
    }

    private Map<String, Object> sessionForm(String submission, int painAfter) {
        Map<String, Object> form = new HashMap<>(Map.of("submissionId", submission,
                "sessionDate", LocalDate.now().toString(), "painBefore", "3", "painAfter", String.valueOf(painAfter)));
        return form;
    }

    @Test
    void showsTheSafetyNoticeBeforeTheExercisesAndDosageInPlainWords() {
        String html = given().accept("text/html").when().get("/portal").then().statusCode(200).extract().asString();
        int safety = html.indexOf("See a physician before you start");
        int exercise = html.indexOf("Knee slide-and-glide");
        assertTrue(safety > 0 && exercise > safety, "safety notice comes first");
        assertTrue(html.contains("3 sets of 10, hold 5 s, once a day, 5 days a week, for 6 weeks"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertEquals(1, db.count("audit_entry", "action = 'portal.plan.read' AND patient_id = " + mine.patientId()));
    }

    @Test
    void logsASessionOnceEvenWhenTheFormIsSentTwice() {
        FormClient client = FormClient.open("/portal/sessions/new");
        String submission = UUID.randomUUID().toString();
        Response first = client.post("/portal/sessions", sessionForm(submission, 2), "exercisesDone", "1", "2");
        Response second = client.post("/portal/sessions", sessionForm(submission, 2), "exercisesDone", "1", "2");
        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(1, db.count("session_log", "patient_id = " + mine.patientId()));
        given().accept("text/html").when().get("/portal/progress").then().statusCode(200)
                .body(containsString("<td>3</td><td>2</td>"));
    }

    @Test
    void theApiAlsoIgnoresARepeatedSubmission() {
        Map<String, Object> body = Map.of("submissionId", "abc-123", "sessionDate", LocalDate.now().toString(),
                "exercisesDone", List.of(1), "painBefore", 4, "painAfter", 3);
        long a = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long b = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(a, b);
        assertEquals(1, db.count("session_log"));
    }

    @Test
    void aHighPainScoreAlertsTheClinician() {
        FormClient.open("/portal/sessions/new")
                .post("/portal/sessions", sessionForm("s-1", 8), "exercisesDone", "1");
        assertEquals(1, db.count("clinician_alert", "kind = 'HIGH_PAIN' AND patient_id = " + mine.patientId()));
    }

    @Test
    void refusesASessionWithoutExercisesOrWithPainOutOfRange() {
        Response r = FormClient.open("/portal/sessions/new").post("/portal/sessions", sessionForm("s-2", 11));
        assertEquals(422, r.statusCode());
        assertTrue(r.asString().contains("Tick the exercises you did"));
        assertTrue(r.asString().contains("Between 0 and 10"));
        assertEquals(0, db.count("session_log"));
    }

    @Test
    void reportingAWarningSymptomFlagsThePatientAndShowsWhatToDo() {
        String version = db.single("SELECT version FROM patient WHERE id = " + mine.patientId());
        Response r = FormClient.open("/portal/warning").post("/portal/warning",
                Map.of("submissionId", "w-1", "symptom", "TINGLING_ARMS", "details", "Since this morning"));
        assertEquals(303, r.statusCode());
        given().accept("text/html").when().get(r.header("Location")).then().statusCode(200)
                .body(containsString("Stop your exercises and seek medical advice today"))
                .body(containsString("Numbness or tingling down the arms"));
        // the report itself is the clinicians' item, unacknowledged; the patient row is not written
        assertEquals(1, db.count("warning_report", "acknowledged_at IS NULL AND details = 'Since this morning'"
                + " AND patient_id = " + mine.patientId()));
        assertEquals(0, db.count("clinician_alert"));
        assertEquals(version, db.single("SELECT version FROM patient WHERE id = " + mine.patientId()));
    }

    @Test
    void anotherPatientsRecordsAreNotFoundAndTheAttemptIsAudited() {
        given().accept("text/html").when().get("/portal/plans/{id}", theirs.planId()).then().statusCode(404)
                .body(not(containsString("Theirs")));
        given().accept("text/html").when().get("/portal/plans/{id}/print", theirs.planId()).then().statusCode(404);
        given().when().get("/api/v1/me/plans/{id}", theirs.planId()).then().statusCode(404);
        long theirSession = records.session(theirs.patientId(), theirs.planId(), LocalDate.now(ZoneOffset.UTC), 2, 2,
                "theirs-1");
        given().when().get("/api/v1/me/sessions/{id}", theirSession).then().statusCode(404);
        long theirReport = records.warning(theirs.patientId(), WarningSymptom.UPSET_STOMACH, "theirs-w");
        given().when().get("/api/v1/me/warnings/{id}", theirReport).then().statusCode(404);
        given().accept("text/html").when().get("/portal/warning/{id}", theirReport).then().statusCode(404);
        assertEquals(6, db.count("audit_entry", "outcome = 'DENIED' AND subject = 'pat'"));
        given().when().get("/api/v1/me/sessions").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void ownRecordsAreReachableByIdThroughTheApi() {
        given().when().get("/api/v1/me/plans/{id}", mine.planId()).then().statusCode(200)
                .body("patientId", equalTo((int) mine.patientId()));
        given().when().get("/api/v1/me/plan").then().statusCode(200).body("id", equalTo((int) mine.planId()));
    }

    @Test
    void clinicianAndAdminPagesAreForbidden() {
        given().accept("text/html").when().get("/clinic/patients").then().statusCode(403);
        given().accept("text/html").when().get("/clinic/patients/{id}", mine.patientId()).then().statusCode(403);
        given().when().get("/api/v1/plans/{id}", mine.planId()).then().statusCode(403);
    }

    @Test
    void printViewShowsThePlanForPaper() {
        given().accept("text/html").when().get("/portal/plans/{id}/print", mine.planId()).then().statusCode(200)
                .body(containsString("print-view"))
                .body(containsString("Knee slide-and-glide"));
    }
}
