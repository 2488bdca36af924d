package com.kneerehab.records.plan;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.kneerehab.records.Fixtures.item;
import static com.kneerehab.records.Fixtures.planJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class PlanApiTest {

    @Inject
    TestDatabase db;

    long patient;
    long evaluation;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = Fixtures.aPatient();
        evaluation = Fixtures.aSignedEvaluation(patient);
    }

    @Test
    void prescribesAPlanWithDosageInPlainWords() {
        long id = Fixtures.aPlan(patient, evaluation);
        given().when().get("/api/v1/plans/{id}", id)
                .then().statusCode(200)
                .body("plan.status", equalTo("CURRENT"))
                .body("plan.planNumber", equalTo(1))
                .body("plan.exercises", hasSize(2))
                .body("plan.exercises[0].name", equalTo("Knee slide-and-glide"))
                .body("plan.exercises[1].dosageText",
                        equalTo("3 sets of 10, hold 5 s, once a day, 5 days a week, for 6 weeks"))
                .body("changesFromPrevious", hasSize(0));
    }

    @Test
    void revisingSupersedesTheOldPlanAndListsWhatChanged() {
        long first = Fixtures.aPlan(patient, evaluation);
        long second = given().contentType(ContentType.JSON)
                .body(planJson(patient, evaluation, 0, List.of(item(2, 4, 10), item(3, 3, 12))))
                .when().post("/api/v1/plans/{id}/revisions", first)
                .then().statusCode(201)
                .body("planNumber", equalTo(2))
                .body("previousPlanId", equalTo((int) first))
                .extract().jsonPath().getLong("id");
        assertEquals("SUPERSEDED", db.single("SELECT status FROM treatment_plan WHERE id = " + first));
        assertEquals(1, db.count("treatment_plan", "status = 'CURRENT' AND patient_id = " + patient));
        given().when().get("/api/v1/plans/{id}", second)
                .then().statusCode(200)
                .body("changesFromPrevious", hasItem("Removed Knee slide-and-glide"))
                .body("changesFromPrevious", hasItem(containsString("Added Internal knee brace (endurance)")))
                .body("changesFromPrevious", hasItem(containsString("Hamstring strengthening: 3 sets of 10")));
        given().queryParam("patientId", patient).when().get("/api/v1/plans")
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].status", equalTo("CURRENT")).body("[1].status", equalTo("SUPERSEDED"));
    }

    @Test
    void refusesASecondCurrentPlan() {
        Fixtures.aPlan(patient, evaluation);
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, null, List.of(item(1, 2, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(409).body("detail", containsString("Revise"));
        assertEquals(1, db.count("treatment_plan"));
    }

    @Test
    void refusesToReviseAStaleOrSupersededPlan() {
        long first = Fixtures.aPlan(patient, evaluation);
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, 0, List.of(item(2, 4, 10))))
                .when().post("/api/v1/plans/{id}/revisions", first).then().statusCode(201);
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, 1, List.of(item(2, 5, 10))))
                .when().post("/api/v1/plans/{id}/revisions", first)
                .then().statusCode(409).body("detail", containsString("superseded"));
        long current = Long.parseLong(db.single("SELECT id FROM treatment_plan WHERE status = 'CURRENT'"));
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, 7, List.of(item(2, 5, 10))))
                .when().post("/api/v1/plans/{id}/revisions", current)
                .then().statusCode(409).body("detail", startsWith("This plan was changed by someone else"));
        assertEquals(2, db.count("treatment_plan"));
        assertEquals(3, db.count("plan_exercise"));
    }

    @Test
    void refusesAPlanFromADraftEvaluationOrAnotherPatientsEvaluation() {
        long draft = Fixtures.anEvaluation(patient);
        given().contentType(ContentType.JSON).body(planJson(patient, draft, null, List.of(item(1, 2, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.field", hasItem("evaluationId"));
        long other = Fixtures.aPatient("Other", "Person");
        given().contentType(ContentType.JSON).body(planJson(other, evaluation, null, List.of(item(1, 2, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.field", hasItem("evaluationId"));
        assertEquals(0, db.count("treatment_plan"));
    }

    @Test
    void refusesDosageOutOfBoundsAndRetiredOrDuplicateExercises() {
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, null, List.of(item(1, 11, 0))))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.field", hasItem("exercises[0].dosage.sets"))
                .body("errors.field", hasItem("exercises[0].dosage.repetitions"));
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, null, List.of(item(1, 2, 10), item(1, 2, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.field", hasItem("exercises[1].exerciseId"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().put("/api/v1/exercises/3/retirement").then().statusCode(200);
        given().contentType(ContentType.JSON).body(planJson(patient, evaluation, null, List.of(item(3, 2, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors[0].message", containsString("retired"));
        Map<String, Object> noExercises = planJson(patient, evaluation, null, List.of());
        given().contentType(ContentType.JSON).body(noExercises)
                .when().post("/api/v1/plans")
                .then().statusCode(400).body("errors.field", hasItem("exercises"));
        assertEquals(0, db.count("treatment_plan"));
        assertEquals(0, db.count("plan_exercise"));
    }

    @Test
    void refusesAReviewDateBeforeTheStart() {
        Map<String, Object> body = planJson(patient, evaluation, null, List.of(item(1, 2, 10)));
        body.put("reviewDate", "2000-01-01");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.field", hasItem("reviewDate"));
    }
}
