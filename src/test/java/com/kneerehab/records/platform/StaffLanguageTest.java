package com.kneerehab.records.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Staff pages stay English whatever the browser asks for; a visitor's home page follows the browser. */
@QuarkusTest
class StaffLanguageTest {

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void clinicianPagesAreEnglishForASpanishBrowser() {
        given().accept("text/html").header("Accept-Language", "es-ES,es;q=0.9").when().get("/clinic/exercises")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Exercise library"))
                .body(containsString("Sign out"));
        given().accept("text/html").header("Accept-Language", "es").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("You are signed in as"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminPagesAreEnglishForASpanishBrowser() {
        given().accept("text/html").header("Accept-Language", "es").when().get("/admin/audit")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Verify the whole trail"));
    }

    @Test
    void aVisitorsHomePageFollowsTheBrowser() {
        given().accept("text/html").header("Accept-Language", "es").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Iniciar sesión"))
                .body(not(containsString(">Sign in<")));
        given().accept("text/html").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Sign in"));
    }
}
