package com.kneerehab.records.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlatformTest {

    /** The management interface: health and metrics, on a port of its own that no Ingress routes. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessIncludesTheDatabase() {
        given().port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().port(management.getPort()).when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Health and metrics are not on the application port, so whatever routes that port cannot reach them. */
    @Test
    void operationsEndpointsAreNotOnTheApplicationPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void homeShowsWhoIsSignedInAndTheirRole() {
        given().accept("text/html").when().get("/")
                .then().statusCode(200)
                .body(containsString("signed in as <strong>clinician</strong>"))
                .body(containsString("<strong class=\"role\">clinician</strong>"));
    }

    @Test
    void anonymousApiCallsAreRefusedWithoutARedirect() {
        given().when().get("/api/v1/patients").then().statusCode(401);
    }

    @Test
    void securityHeadersAreSent() {
        given().when().get("/")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/patients"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().port(management.getPort()).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_"));
    }
}
