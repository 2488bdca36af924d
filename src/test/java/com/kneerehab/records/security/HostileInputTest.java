package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script, markup, SQL, control characters and non-Latin text in every free-text field a clinician
 * writes: stored as typed, shown as typed, never run. Malformed requests are refused as problem details
 * and write nothing.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class HostileInputTest {

    static final String PAYLOAD = "<script>alert('x')</script>\"'><img src=x onerror=alert(1)>"
            + "'); DROP TABLE patient;-- \u0007 Ünïcødé 日本語 עברית";
    static final String NAME = "<script>alert('x')</script><img src=x onerror=alert(1)> 日本語 עברית";
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(";

    @Inject
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private static String page(String path) {
        return given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    private static void assertInert(String html, String where) {
        assertFalse(html.contains("<script>alert("), where + " contains a live script tag");
        assertFalse(html.contains("<img src=x"), where + " contains live markup");
        assertTrue(html.contains(ESCAPED_SCRIPT), where + " does not show the text verbatim (escaped)");
        assertTrue(html.contains("日本語 עברית"), where + " lost the non-Latin text");
    }

    @Test
    void everyClinicalFreeTextFieldIsStoredVerbatimAndRenderedInert() {
        Map<String, Object> patient = Fixtures.patientJson(NAME, NAME);
        patient.put("referralNotes", PAYLOAD);
        long patientId = given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/patients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(PAYLOAD, db.single("SELECT referral_notes FROM patient WHERE id = " + patientId));

        long evaluation = Fixtures.anEvaluation(patientId);
        Map<String, Object> ribcage = Fixtures.ribcage(0, true);
        ribcage.put("notes", PAYLOAD);
        int v = Fixtures.put("/api/v1/evaluations/{id}/steps/ribcage", evaluation, ribcage, 200);
        Map<String, Object> hip = Fixtures.hip(v, true);
        hip.put("notes", PAYLOAD);
        v = Fixtures.put("/api/v1/evaluations/{id}/steps/hip", evaluation, hip, 200);
        Map<String, Object> foot = Fixtures.footAnkle(v, true);
        foot.put("notes", PAYLOAD);
        v = Fixtures.put("/api/v1/evaluations/{id}/steps/foot-ankle", evaluation, foot, 200);
        Map<String, Object> knee = Fixtures.kneeAxis(v, true);
        knee.put("notes", PAYLOAD);
        v = Fixtures.put("/api/v1/evaluations/{id}/steps/knee-axis", evaluation, knee, 200);
        Map<String, Object> assessment = Fixtures.assessment(v);
        assessment.put("diagnosis", "OTHER");
        assessment.put("diagnosisOther", PAYLOAD);
        v = Fixtures.put("/api/v1/evaluations/{id}/assessment", evaluation, assessment, 200);
        given().contentType(ContentType.JSON).body(Map.of("version", v))
                .when().post("/api/v1/evaluations/{id}/signature", evaluation).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", PAYLOAD, "reason", PAYLOAD))
                .when().post("/api/v1/evaluations/{id}/addenda", evaluation).then().statusCode(201);

        Map<String, Object> exercise = new HashMap<>(Map.of("name", NAME, "purpose", PAYLOAD,
                "targets", PAYLOAD, "instructions", PAYLOAD + "\n" + PAYLOAD,
                "defaultDosage", Map.of("sets", 1, "repetitions", 1, "holdSeconds", 0, "sessionsPerDay", 1,
                        "sessionsPerWeek", 1, "durationWeeks", 1)));
        long exerciseId = given().contentType(ContentType.JSON).body(exercise).when().post("/api/v1/exercises")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> item = Fixtures.item(exerciseId, 2, 10);
        item.put("notes", PAYLOAD);
        Map<String, Object> plan = Fixtures.planJson(patientId, evaluation, null, List.of(item));
        plan.put("goals", PAYLOAD);
        long planId = given().contentType(ContentType.JSON).body(plan).when().post("/api/v1/plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        assertInert(page("/clinic/patients"), "patient list");
        assertInert(page("/clinic/patients/" + patientId), "chart");
        assertInert(page("/clinic/patients/" + patientId + "/edit"), "patient form");
        assertInert(page("/clinic/evaluations/" + evaluation), "evaluation");
        assertInert(page("/clinic/exercises"), "exercise library");
        assertInert(page("/clinic/plans/" + planId), "plan");
        assertInert(page("/clinic/plans/new?patient=" + patientId), "plan revision form");
        String search = page("/clinic/patients?q=" + java.net.URLEncoder.encode(PAYLOAD.substring(0, 60),
                java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(search.contains("<script>alert("), "search echo");
    }

    @Test
    void overlongTextIsRefusedWithAMessageAndNothingIsWritten() {
        Map<String, Object> patient = Fixtures.patientJson("Ada", "Runner");
        patient.put("referralNotes", "x".repeat(4001));
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/patients")
                .then().statusCode(400).body("errors.field", hasItem("referralNotes"));
        assertEquals(0, db.count("patient"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"givenName\": \"Ada\", ")
                .when().post("/api/v1/patients")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(0, db.count("patient"));
    }

    @Test
    void aWrongTypeOrUnknownChoiceIsABadRequestNamingTheField() {
        Map<String, Object> patient = Fixtures.patientJson("Ada", "Runner");
        patient.put("sex", "ROBOT");
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/patients")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sex"));
        Map<String, Object> hip = Fixtures.hip(0, false);
        hip.put("extensionLeft", "very flexible");
        long evaluation = Fixtures.anEvaluation(Fixtures.aPatient());
        given().contentType(ContentType.JSON).body(hip).when().put("/api/v1/evaluations/{id}/steps/hip", evaluation)
                .then().statusCode(400).body("errors.field", hasItem("extensionLeft"));
        assertEquals(1, db.count("patient"));
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        given().contentType("application/xml").body("<patient/>").when().post("/api/v1/patients")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(0, db.count("patient"));
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        Map<String, Object> patient = Fixtures.patientJson("Ada", "Runner");
        patient.put("referralNotes", "x".repeat(300 * 1024));
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/patients")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", containsString("too large"));
        assertEquals(0, db.count("patient"));
    }
}
