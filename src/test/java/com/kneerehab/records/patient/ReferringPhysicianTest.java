package com.kneerehab.records.patient;

import com.kneerehab.records.Fixtures;
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

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ReferringPhysicianTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db.reset();
    }

    private static Map<String, Object> referrer() {
        Map<String, Object> r = new HashMap<>();
        r.put("name", "Dr Imogen Hart");
        r.put("practice", "Riverside Sports Medicine");
        r.put("address", "12 Mill Lane\nLeeds LS1 4AB");
        r.put("phone", "+44 113 496 0001");
        r.put("fax", "+44 113 496 0000");
        r.put("email", "referrals@riverside.example.org");
        return r;
    }

    @Test
    void isRecordedEditedAndRemovedThroughTheApi() {
        Map<String, Object> body = Fixtures.patientJson("Ada", "Runner");
        body.put("referrer", referrer());
        long id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/patients")
                .then().statusCode(201)
                .body("referrer.name", equalTo("Dr Imogen Hart"))
                .body("referrer.fax", equalTo("+44 113 496 0000"))
                .extract().jsonPath().getLong("id");
        body.put("version", 0);
        Map<String, Object> changed = referrer();
        changed.put("fax", null);
        changed.put("practice", "Northside Clinic");
        body.put("referrer", changed);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/patients/{id}", id)
                .then().statusCode(200).body("referrer.practice", equalTo("Northside Clinic"))
                .body("referrer.fax", nullValue());
        body.put("version", 1);
        body.remove("referrer");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/patients/{id}", id)
                .then().statusCode(200).body("referrer", nullValue());
        assertEquals(2, db.count("audit_entry", "action = 'patient.update' AND patient_id = " + id));
    }

    @Test
    void contactDetailsNeedTheNameAndValidNumbers() {
        Map<String, Object> body = Fixtures.patientJson("Ada", "Runner");
        Map<String, Object> r = referrer();
        r.put("name", " ");
        body.put("referrer", r);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/patients")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("referrer.name"));
        r.put("name", "Dr Imogen Hart");
        r.put("fax", "call the front desk");
        r.put("email", "not-an-address");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/patients")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("referrer.fax", "referrer.email"));
        assertEquals(0, db.count("patient"));
    }

    @Test
    void theEditPageShowsFieldMessagesAndKeepsWhatWasTyped() {
        long id = Fixtures.aPatient();
        FormClient form = FormClient.open("/clinic/patients/" + id + "/edit");
        Map<String, Object> fields = new HashMap<>(Map.of("givenName", "Ada", "familyName", "Runner",
                "dateOfBirth", "1988-04-12", "sex", "FEMALE", "affectedSide", "LEFT", "version", "0"));
        fields.put("referrer.name", "Dr Imogen Hart");
        fields.put("referrer.fax", "fax me <b>now</b>");
        fields.put("referrer.address", "12 Mill Lane");
        Response refused = form.post("/clinic/patients/" + id, fields);
        assertEquals(422, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("id=\"referrer.fax-error\""), html);
        assertTrue(html.contains("fax me &lt;b&gt;now&lt;/b&gt;"), "typed value kept, escaped");
        assertTrue(html.contains("value=\"Dr Imogen Hart\""), html);
        fields.put("referrer.fax", "+44 113 496 0000");
        assertEquals(303, form.post("/clinic/patients/" + id, fields).statusCode());
        given().accept("text/html").when().get("/clinic/patients/{id}", id).then().statusCode(200)
                .body(containsString("Dr Imogen Hart")).body(containsString("fax +44 113 496 0000"));
    }
}
