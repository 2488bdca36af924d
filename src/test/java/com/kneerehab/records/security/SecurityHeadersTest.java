package com.kneerehab.records.security;

import com.kneerehab.records.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class SecurityHeadersTest {

    @jakarta.inject.Inject
    com.kneerehab.records.platform.TestDatabase db;

    @Test
    void pagesSendAStrictContentSecurityPolicyAndFriends() {
        given().accept("text/html").when().get("/clinic/patients").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    /**
     * Nothing with patient or account data may stay in a shared computer's browser cache or a proxy: pages, API
     * answers, errors and redirects say no-store; only static assets may be cached.
     */
    @Test
    void patientAndAccountDataIsNeverCachedButStaticAssetsMayBe() {
        db.reset();
        long patient = com.kneerehab.records.Fixtures.aPatient("Cache", "Never");
        for (String page : new String[] {"/", "/clinic/patients", "/clinic/patients/" + patient, "/clinic/exercises",
                "/clinic/no-such-page"}) {
            given().redirects().follow(false).accept("text/html").when().get(page)
                    .then().header("Cache-Control", equalTo("no-store"));
        }
        for (String api : new String[] {"/api/v1/patients", "/api/v1/patients/" + patient, "/api/v1/exercises",
                "/api/v1/patients/999999999"}) {
            given().accept("application/json").when().get(api).then().header("Cache-Control", equalTo("no-store"));
        }
        given().when().get("/static/app.css").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(),
                        not(containsString("no-store"))));
    }

    @Test
    @TestSecurity(user = "patient-cache", roles = Roles.PATIENT)
    void thePortalIsNeverCached() {
        given().redirects().follow(false).accept("text/html").when().get("/portal")
                .then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void accountAndAuditPagesAreNeverCached() {
        for (String page : new String[] {"/admin/accounts", "/admin/audit"}) {
            given().accept("text/html").when().get(page).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-store"));
        }
    }

    @Test
    void pagesCarryNoInlineScriptOrStyle() {
        for (String path : new String[] {"/", "/clinic/patients", "/clinic/patients/new", "/clinic/exercises"}) {
            String html = given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
            assertTrue(!html.contains("<script") && !html.contains("style=\"") && !html.contains("<style"),
                    path + " has inline script or style, which the policy would block");
        }
    }

    @Test
    void everyFormCarriesAnAntiForgeryTokenWhoseCookieScriptsCannotRead() {
        Response page = given().accept("text/html").when().get("/clinic/patients/new");
        Matcher forms = Pattern.compile("<form method=\"post\"").matcher(page.asString());
        Matcher tokens = Pattern.compile("name=\"csrf-token\"").matcher(page.asString());
        int formCount = 0;
        int tokenCount = 0;
        while (forms.find()) {
            formCount++;
        }
        while (tokens.find()) {
            tokenCount++;
        }
        assertTrue(formCount > 0);
        assertEquals(formCount, tokenCount);
        assertTrue(page.detailedCookie("csrf-token").isHttpOnly(), "the anti-forgery cookie is HttpOnly");
    }

    /** A form without its token is refused with an explanation, on a page or as problem details, and saves nothing. */
    @Test
    void aFormWithoutItsAntiForgeryTokenIsRefusedWithAnExplanation() {
        long before = db.count("patient");
        given().accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("givenName", "Forged").formParam("familyName", "Form")
                .when().post("/clinic/patients")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("The form could not be accepted"))
                .body(containsString("Nothing was saved"));
        given().accept("*/*").contentType("application/x-www-form-urlencoded")
                .formParam("givenName", "Forged").formParam("familyName", "Form")
                .when().post("/clinic/patients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("The form could not be accepted")).body("status", equalTo(400));
        assertEquals(before, db.count("patient"));
    }

    @Test
    void errorsNeverShowInternals() {
        given().accept("text/html").when().get("/clinic/patients/not-a-number").then().statusCode(404)
                .body(not(containsString("Exception"))).body(not(containsString("at com.")));
        given().when().get("/api/v1/patients/not-a-number").then().statusCode(404)
                .body(not(containsString("Exception")));
    }
}
