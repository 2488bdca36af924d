package com.kneerehab.records.patient;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class PatientApiTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void registersAPatientWithAGeneratedRecordNumber() {
        var response = given().contentType(ContentType.JSON).body(Fixtures.patientJson("Ada", "Runner"))
                .when().post("/api/v1/patients")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/patients/\\d+"))
                .body("mrn", matchesPattern("KR\\d{8}"))
                .body("status", equalTo("ACTIVE"))
                .body("warningFlag", equalTo(false))
                .extract().jsonPath();
        given().when().get("/api/v1/patients/{id}", response.getLong("id"))
                .then().statusCode(200).body("familyName", equalTo("Runner"));
    }

    @Test
    void refusesMissingAndOutOfRangeFieldsWithFieldMessagesAndSavesNothing() {
        Map<String, Object> body = Fixtures.patientJson("", "x".repeat(101));
        body.put("dateOfBirth", "2999-01-01");
        body.put("email", "not-an-email");
        body.remove("sex");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/patients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("givenName"))
                .body("errors.field", hasItem("familyName"))
                .body("errors.field", hasItem("dateOfBirth"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("sex"))
                .body(not(containsString("Exception")));
        assertEquals(0, db.count("patient"));
    }

    @Test
    void refusesAnUnknownChoiceAsABadRequest() {
        Map<String, Object> body = Fixtures.patientJson("Ada", "Runner");
        body.put("affectedSide", "MIDDLE");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/patients")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, db.count("patient"));
    }

    @Test
    void refusesAStaleEditAndKeepsTheNewerOne() {
        long id = Fixtures.aPatient();
        Map<String, Object> first = Fixtures.patientJson("Ada", "Runner-Smith");
        first.put("version", 0);
        given().contentType(ContentType.JSON).body(first).when().put("/api/v1/patients/{id}", id)
                .then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> stale = Fixtures.patientJson("Ada", "Overwritten");
        stale.put("version", 0);
        given().contentType(ContentType.JSON).body(stale).when().put("/api/v1/patients/{id}", id)
                .then().statusCode(409)
                .body("detail", startsWith("This patient record was changed by someone else"));
        assertEquals("Runner-Smith", db.single("SELECT family_name FROM patient WHERE id = " + id));
    }

    @Test
    void searchesByNamePrefixRecordNumberAndDateOfBirth() {
        Fixtures.aPatient("Ada", "Runner");
        Fixtures.aPatient("Bea", "Hiker");
        long third = Fixtures.aPatient("Cal", "Runwell");
        String mrn = db.single("SELECT mrn FROM patient WHERE id = " + third);
        given().queryParam("q", "run").when().get("/api/v1/patients")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(2));
        given().queryParam("q", mrn).when().get("/api/v1/patients")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains((int) third));
        given().queryParam("q", "1988-04-12").when().get("/api/v1/patients")
                .then().statusCode(200).body("total", equalTo(3));
        given().queryParam("q", "%").when().get("/api/v1/patients")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesThroughLongLists() {
        for (int i = 0; i < 5; i++) {
            Fixtures.aPatient("P" + i, "Pager");
        }
        given().queryParam("size", 2).queryParam("page", 2).when().get("/api/v1/patients")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(5));
    }

    @Test
    void answersNotFoundForAnUnknownPatient() {
        given().when().get("/api/v1/patients/999999")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not found"));
    }

    @Test
    void auditsReadsAndWritesOfThePatientRecord() {
        long id = Fixtures.aPatient();
        given().when().get("/api/v1/patients/{id}", id).then().statusCode(200);
        assertEquals(1, db.count("audit_entry", "action = 'patient.create' AND patient_id = " + id
                + " AND subject = 'clinician' AND outcome = 'SUCCESS'"));
        assertEquals(1, db.count("audit_entry", "action = 'patient.read' AND patient_id = " + id));
    }
}
