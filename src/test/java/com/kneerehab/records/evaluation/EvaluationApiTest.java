package com.kneerehab.records.evaluation;

import com.kneerehab.records.Records;
import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.kneerehab.records.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class EvaluationApiTest {

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    long patient;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = Fixtures.aPatient();
    }

    private String row(long id) {
        return db.single("SELECT CONCAT_WS('|', version, ribcage_complete, hip_complete, foot_complete, knee_complete,"
                + " status, IFNULL(pain_score, '-'), hip_extension_left) FROM evaluation WHERE id = " + id);
    }

    @Test
    void walksTheFourStepsTopDownThenSigns() {
        long id = Fixtures.anEvaluation(patient);
        given().when().get("/api/v1/evaluations/{id}", id).then().statusCode(200)
                .body("currentStep", equalTo("RIBCAGE")).body("status", equalTo("DRAFT"));
        int v = put("/api/v1/evaluations/{id}/steps/ribcage", id, Fixtures.ribcage(0, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/hip", id, Fixtures.hip(v, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/foot-ankle", id, Fixtures.footAnkle(v, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/knee-axis", id, Fixtures.kneeAxis(v, true), 200);
        v = put("/api/v1/evaluations/{id}/assessment", id, Fixtures.assessment(v), 200);
        given().contentType(ContentType.JSON).body(Map.of("version", v))
                .when().post("/api/v1/evaluations/{id}/signature", id)
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signedBy", equalTo("clinician"))
                .body("signedAt", notNullValue())
                .body("assessment.primarySource", equalTo("KNEECAP"))
                .body("hip.internalRotationRight", equalTo(35));
        assertEquals(1, db.count("audit_entry", "action = 'evaluation.sign' AND record_id = " + id));
    }

    @Test
    void refusesKneeAxisBeforeFootAndAnkleAndNamesTheMissingStep() {
        long id = Fixtures.anEvaluation(patient);
        int v = put("/api/v1/evaluations/{id}/steps/ribcage", id, Fixtures.ribcage(0, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/hip", id, Fixtures.hip(v, true), 200);
        String before = row(id);
        given().contentType(ContentType.JSON).body(Fixtures.kneeAxis(v, true))
                .when().put("/api/v1/evaluations/{id}/steps/knee-axis", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Foot and ankle"));
        assertEquals(before, row(id));
    }

    @Test
    void savesADraftOfAnyStepAtAnyTime() {
        long id = Fixtures.anEvaluation(patient);
        put("/api/v1/evaluations/{id}/steps/knee-axis", id, Fixtures.kneeAxis(0, false), 200);
        given().when().get("/api/v1/evaluations/{id}", id).then()
                .body("kneeAxis.tracking", equalTo("LATERAL"))
                .body("kneeAxis.complete", equalTo(false));
    }

    @Test
    void refusesToCompleteAStepWithMissingFindingsNamingEachField() {
        long id = Fixtures.anEvaluation(patient);
        int v = put("/api/v1/evaluations/{id}/steps/ribcage", id, Fixtures.ribcage(0, true), 200);
        Map<String, Object> hip = Fixtures.hip(v, true);
        hip.remove("externalRotationLeft");
        hip.remove("motion");
        String before = row(id);
        given().contentType(ContentType.JSON).body(hip)
                .when().put("/api/v1/evaluations/{id}/steps/hip", id)
                .then().statusCode(422)
                .body("errors.field", hasItem("externalRotationLeft"))
                .body("errors.field", hasItem("motion"));
        assertEquals(before, row(id));
    }

    @Test
    void reopeningAStepReturnsTheStepsBelowToDraft() {
        long id = Fixtures.aCompleteEvaluation(patient);
        int v = Fixtures.version(id);
        put("/api/v1/evaluations/{id}/steps/hip", id, Fixtures.hip(v, false), 200);
        given().when().get("/api/v1/evaluations/{id}", id).then()
                .body("ribcage.complete", equalTo(true))
                .body("hip.complete", equalTo(false))
                .body("footAnkle.complete", equalTo(false))
                .body("kneeAxis.complete", equalTo(false))
                .body("currentStep", equalTo("HIP"));
    }

    @Test
    void refusesOutOfRangeMeasurementsAndPainScores() {
        long id = Fixtures.anEvaluation(patient);
        Map<String, Object> hip = Fixtures.hip(0, false);
        hip.put("extensionLeft", 61);
        hip.put("internalRotationRight", -1);
        String before = row(id);
        given().contentType(ContentType.JSON).body(hip)
                .when().put("/api/v1/evaluations/{id}/steps/hip", id)
                .then().statusCode(400)
                .body("errors.field", hasItem("extensionLeft"))
                .body("errors.field", hasItem("internalRotationRight"));
        Map<String, Object> assessment = Fixtures.assessment(0);
        assessment.put("painScore", 11);
        given().contentType(ContentType.JSON).body(assessment)
                .when().put("/api/v1/evaluations/{id}/assessment", id)
                .then().statusCode(400).body("errors.field", hasItem("painScore"));
        assertEquals(before, row(id));
    }

    @Test
    void refusesAPrimarySourceThatIsNotSuspected() {
        long id = Fixtures.anEvaluation(patient);
        Map<String, Object> assessment = Fixtures.assessment(0);
        assessment.put("primarySource", "NERVE");
        given().contentType(ContentType.JSON).body(assessment)
                .when().put("/api/v1/evaluations/{id}/assessment", id)
                .then().statusCode(422).body("errors.field", hasItem("primarySource"));
        assertEquals("", db.single("SELECT pain_sources FROM evaluation WHERE id = " + id));
    }

    @Test
    void refusesToSignAnIncompleteEvaluation() {
        long id = Fixtures.anEvaluation(patient);
        int v = put("/api/v1/evaluations/{id}/steps/ribcage", id, Fixtures.ribcage(0, true), 200);
        given().contentType(ContentType.JSON).body(Map.of("version", v))
                .when().post("/api/v1/evaluations/{id}/signature", id)
                .then().statusCode(409)
                .body("detail", containsString("Hip extension and rotation"))
                .body("detail", containsString("primary pain source"));
        assertEquals("DRAFT", db.single("SELECT status FROM evaluation WHERE id = " + id));
    }

    @Test
    void refusesEveryChangeToASignedEvaluationButTakesAddenda() {
        long id = Fixtures.aSignedEvaluation(patient);
        int v = Fixtures.version(id);
        String before = row(id);
        given().contentType(ContentType.JSON).body(Fixtures.ribcage(v, true))
                .when().put("/api/v1/evaluations/{id}/steps/ribcage", id)
                .then().statusCode(409).body("detail", containsString("addendum"));
        given().contentType(ContentType.JSON).body(Fixtures.assessment(v))
                .when().put("/api/v1/evaluations/{id}/assessment", id)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("version", v))
                .when().post("/api/v1/evaluations/{id}/signature", id)
                .then().statusCode(409);
        assertEquals(before, row(id));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Right hip ER re-measured at 50 degrees.", "reason", "Goniometer misread"))
                .when().post("/api/v1/evaluations/{id}/addenda", id)
                .then().statusCode(201)
                .body("addenda", hasSize(1))
                .body("addenda[0].author", equalTo("clinician"))
                .body("addenda[0].reason", equalTo("Goniometer misread"));
        given().contentType(ContentType.JSON).body(Map.of("text", "", "reason", ""))
                .when().post("/api/v1/evaluations/{id}/addenda", id)
                .then().statusCode(400).body("errors.field", hasItem("text")).body("errors.field", hasItem("reason"));
        assertEquals(1, db.count("evaluation_addendum", "evaluation_id = " + id));
    }

    @Test
    void refusesAnAddendumOnADraft() {
        long id = Fixtures.anEvaluation(patient);
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "reason", "y"))
                .when().post("/api/v1/evaluations/{id}/addenda", id)
                .then().statusCode(409);
    }

    @Test
    void refusesAStaleVersionWithoutOverwriting() {
        long id = Fixtures.anEvaluation(patient);
        put("/api/v1/evaluations/{id}/steps/hip", id, Fixtures.hip(0, false), 200);
        Map<String, Object> stale = Fixtures.hip(0, false);
        stale.put("extensionLeft", 55);
        given().contentType(ContentType.JSON).body(stale)
                .when().put("/api/v1/evaluations/{id}/steps/hip", id)
                .then().statusCode(409).body("detail", startsWith("This evaluation was changed by someone else"));
        assertEquals("10", db.single("SELECT hip_extension_left FROM evaluation WHERE id = " + id));
    }

    @Test
    void onlyTheRecordingClinicianChangesADraft() {
        long id = Fixtures.anEvaluation(patient);
        records.recordedBy(id, "colleague", "A Colleague");
        given().contentType(ContentType.JSON).body(Fixtures.ribcage(0, false))
                .when().put("/api/v1/evaluations/{id}/steps/ribcage", id)
                .then().statusCode(403).body("detail", containsString("A Colleague"));
        assertEquals(1, db.count("audit_entry", "action = 'evaluation.edit' AND outcome = 'DENIED'"));
    }

    @Test
    void refusesAnEvaluationForAnUnknownPatientOrInTheFuture() {
        given().contentType(ContentType.JSON).body(Map.of("patientId", 999999, "visitDate", "2020-01-01"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("patientId", patient, "visitDate", java.time.LocalDate.now().plusDays(2).toString()))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors.field", hasItem("visitDate"));
        assertEquals(0, db.count("evaluation"));
    }

    @Test
    void listsAPatientsEvaluationsNewestFirst() {
        Fixtures.anEvaluation(patient);
        Fixtures.aSignedEvaluation(patient);
        given().queryParam("patientId", patient).when().get("/api/v1/evaluations")
                .then().statusCode(200).body("", hasSize(2)).body("[0].status", equalTo("SIGNED"));
    }
}
