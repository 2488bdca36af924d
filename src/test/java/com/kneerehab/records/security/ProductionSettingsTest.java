package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the application answers with sign-in on, as in production (see {@link ProductionSettingsProfile}).
 */
@QuarkusTest
@TestProfile(ProductionSettingsProfile.class)
class ProductionSettingsTest {

    @Inject
    TestDatabase db;

    /** A program calling the API without credentials gets 401 and problem details, never a sign-in redirect. */
    @Test
    void apiCallsWithoutValidCredentialsGet401ProblemDetailsNotARedirect() {
        given().redirects().follow(false).accept(ContentType.JSON)
                .when().get("/api/v1/patients")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("Location", nullValue())
                .header("Cache-Control", "no-store")
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/v1/patients"));
        given().redirects().follow(false).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Fixtures.patientJson("Nobody", "Signedin"))
                .when().post("/api/v1/patients")
                .then().statusCode(401).header("Location", nullValue()).contentType("application/problem+json");
        // a browser's Accept header changes nothing under /api/
        given().redirects().follow(false).accept("text/html")
                .when().get("/api/v1/exercises")
                .then().statusCode(401).header("Location", nullValue());
        given().redirects().follow(false).header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/patients")
                .then().statusCode(401).header("Location", nullValue()).header("WWW-Authenticate", startsWith("Bearer"));
        given().redirects().follow(false).cookie("q_session", "forged-session-cookie")
                .when().get("/api/v1/patients")
                .then().statusCode(401).header("Location", nullValue());
        assertEquals(0, db.count("patient", "family_name = 'Signedin'"));
    }

    /** A person opening a page without a session is sent to sign in, as before. */
    @Test
    void pagesWithoutASessionRedirectToSignIn() {
        for (String page : new String[] {"/clinic/patients", "/portal", "/admin/accounts"}) {
            given().redirects().follow(false).accept("text/html")
                    .when().get(page)
                    .then().statusCode(302)
                    .header("Location", containsString("response_type=code"));
        }
    }

    /** The API description is for signed-in admins only. */
    @Test
    void openApiDocumentIsNotPublic() {
        given().redirects().follow(false).when().get("/q/openapi").then().statusCode(302);
        given().redirects().follow(false).when().get("/q/openapi.json").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void openApiDocumentIsRefusedToClinicians() {
        given().when().get("/q/openapi").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void openApiDocumentIsServedToAdmins() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/patients"));
    }

    /** X-Forwarded-For from an address that is not a configured proxy cannot change the audited client address. */
    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        db.reset();
        long patient = Fixtures.aPatient("Forged", "Address");
        given().header("X-Forwarded-For", "203.0.113.99").header("Forwarded", "for=203.0.113.98")
                .when().get("/api/v1/patients/{id}", patient).then().statusCode(200);
        // the creation and the read are both audited, each from the test client's own (loopback) address
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("audit_entry", "patient_id = " + patient) >= 2);
        assertEquals(0, db.count("audit_entry", "client_address LIKE '203.0.113.%'"));
        assertEquals(db.count("audit_entry", "patient_id = " + patient),
                db.count("audit_entry", "patient_id = " + patient + " AND client_address IN ('127.0.0.1', '0:0:0:0:0:0:0:1')"));
    }
}
