package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class PortalUnlinkedTest {

    @Test
    @TestSecurity(user = "nobody-linked", roles = Roles.PATIENT)
    void aPatientAccountWithoutALinkIsToldSo() {
        given().accept("text/html").when().get("/portal").then().statusCode(403)
                .body(containsString("not linked to a patient record"));
        given().when().get("/api/v1/me/plan").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void cliniciansDoNotUseThePortal() {
        given().accept("text/html").when().get("/portal").then().statusCode(403);
    }
}
