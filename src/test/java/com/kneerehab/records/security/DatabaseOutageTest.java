package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.MariaDbTestResource;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database goes away (see {@link MariaDbTestResource#outage()}):
 * calls answer 503, pages say so kindly, readiness turns DOWN, nothing half-written remains, and the
 * application recovers by itself once the database is back.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class DatabaseOutageTest {

    @Inject
    TestDatabase db;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private boolean cut;

    @AfterEach
    void restore() {
        if (cut) {
            cut = false;
            MariaDbTestResource.recover();
        }
    }

    @Test
    void answersServiceUnavailableThenRecoversWithoutARestart() {
        db.reset();
        Fixtures.aPatient();
        MariaDbTestResource.outage();
        cut = true;

        given().when().get("/api/v1/patients")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Temporarily unavailable"));
        given().contentType(ContentType.JSON).body(Fixtures.patientJson("Lost", "Write"))
                .when().post("/api/v1/patients")
                .then().statusCode(503);
        given().accept("text/html").when().get("/clinic/patients")
                .then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("cannot be reached right now"));
        given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        restore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(200));
        given().when().get("/api/v1/patients").then().statusCode(200).body("total", equalTo(1));
        assertEquals(0, db.count("patient", "family_name = 'Write'"));
    }
}
