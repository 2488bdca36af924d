package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class PatientAccessTest {

    @Test
    @TestSecurity(user = "patient", roles = Roles.PATIENT)
    void patientsCannotUseTheClinicalApi() {
        given().when().get("/api/v1/patients").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminsDoNotReadCharts() {
        given().when().get("/api/v1/patients").then().statusCode(403);
        given().accept("text/html").when().get("/clinic/patients").then().statusCode(403);
    }
}
