package com.kneerehab.records.e2e;

import com.kneerehab.records.e2e.KeycloakSignIn.Page;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;

import static com.kneerehab.records.e2e.KeycloakServer.ADMIN;
import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.OTP_CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.PATIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in against the clinic's real Keycloak, in a real browser: Keycloak's own pages, the realm's
 * one-time codes for staff, an account an admin creates with a temporary password, deactivation, role
 * boundaries and sign-out. Every test opens browsers with fresh profiles, so no Keycloak cookie carries a
 * sign-in from one test into the next.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakSignInBrowserIT {

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "e2e.keycloak.url")
    String keycloak;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        db.reset();
    }

    @Test
    void eachRoleSignsInOnKeycloaksPageAndLandsOnItsHome() {
        for (KeycloakServer.User user : List.of(ADMIN, CLINICIAN, PATIENT)) {
            try (Browser browser = Browser.open(app)) {
                List<Page> pages = KeycloakSignIn.signIn(browser, user);
                // a clinician lands on the worklist, everyone else on the home page
                String landing = user.role().equals("clinician") ? "/clinic/worklist" : "/";
                browser.await(d -> browser.path().split("\\?")[0].equals(landing));
                if (!landing.equals("/")) {
                    browser.go("/");
                }
                assertEquals("You are signed in as " + user.name() + " with the role " + user.role() + ".",
                        browser.text(By.cssSelector("main p")));
                if (user.role().equals("patient")) {
                    assertEquals(List.of(Page.PASSWORD), pages, "a patient signs in with a password alone");
                } else {
                    assertTrue(pages.contains(Page.ENROL_OTP) || pages.contains(Page.OTP),
                            user.username() + " had to give a one-time code: " + pages);
                }
                browser.screenshot("kc-home-" + user.role());
            }
        }
    }

    @Test
    void staffEnrolAnAuthenticatorAtFirstSignInAndGiveACodeEveryTimeAfter() {
        try (Browser browser = Browser.open(app)) {
            List<Page> pages = KeycloakSignIn.signIn(browser, OTP_CLINICIAN);
            assertEquals(List.of(Page.PASSWORD, Page.ENROL_OTP), pages, "the first sign-in sets up the authenticator");
            browser.await(d -> browser.path().split("\\?")[0].equals("/clinic/worklist"));
            browser.go("/");
            assertTrue(browser.text(By.cssSelector("main p")).contains("with the role clinician"));
        }
        try (Browser browser = Browser.open(app)) {
            KeycloakSignIn.submitPassword(browser, OTP_CLINICIAN.username(), OTP_CLINICIAN.password());
            KeycloakSignIn.awaitNextPage(browser);
            assertFalse(KeycloakSignIn.onApplication(browser), "a password alone does not sign a clinician in");
            assertTrue(browser.shows(By.id("otp")), "Keycloak asks for the one-time code");
            browser.screenshot("kc-otp-prompt");

            KeycloakSignIn.giveWrongCode(browser, OTP_CLINICIAN.username());
            assertFalse(KeycloakSignIn.onApplication(browser));
            assertTrue(KeycloakSignIn.message(browser).contains("Invalid authenticator code"), KeycloakSignIn.message(browser));

            assertEquals(List.of(Page.OTP), KeycloakSignIn.finish(browser, OTP_CLINICIAN.username(), null));
            browser.await(d -> browser.path().split("\\?")[0].equals("/clinic/worklist"));
            browser.go("/");
            assertTrue(browser.text(By.cssSelector("main p")).contains("with the role clinician"));
            assertEquals(200, browser.status("/clinic/patients"));
        }
    }

    @Test
    void anAccountAnAdminCreatesSignsInWithItsTemporaryPasswordAndStopsWhenDeactivated() {
        PortalFixtures.Linked record = fixtures.patientWithPlan("Quist");
        String mrn = db.single("SELECT mrn FROM patient WHERE id = " + record.patientId());
        String username = "nora.quist";
        String newPassword = "Knee-Strong-2026x";

        try (Browser admin = Browser.open(app)) {
            KeycloakSignIn.signIn(admin, ADMIN);
            admin.go("/admin/accounts/new?role=patient");
            assertTrue(admin.find(By.id("role-patient")).isSelected());
            admin.type(By.id("username"), username);
            admin.type(By.id("displayName"), "Nora Quist");
            admin.type(By.id("email"), "nora.quist@example.org");
            admin.type(By.id("patientMrn"), mrn);
            admin.submit(By.cssSelector("form[action='/admin/accounts'] button[type=submit]"));
            assertEquals("Account created", admin.text(By.tagName("h1")));
            String temporary = admin.text(By.cssSelector("code.secret"));
            assertTrue(temporary.length() >= 12, temporary);
            admin.click(By.linkText("Done"), accountPath(username));

            String accountPage = admin.path();
            try (Browser patient = Browser.open(app)) {
                List<Page> pages = KeycloakSignIn.signIn(patient, username, temporary, newPassword);
                assertEquals(List.of(Page.PASSWORD, Page.UPDATE_PASSWORD), pages,
                        "the temporary password must be replaced at the first sign-in");
                assertEquals("You are signed in as Nora Quist with the role patient.",
                        patient.text(By.cssSelector("main p")));
                patient.go("/portal");
                assertTrue(patient.text(By.tagName("h1")).contains("Hello, Pat"), patient.text(By.tagName("h1")));
                assertEquals(2, patient.all(By.cssSelector("article.exercise")).size(), "the plan's two exercises");
                patient.screenshot("kc-new-patient-portal");

                admin.go(accountPage);
                admin.submit(By.cssSelector("form[action$='/active'] button[type=submit]"));
                assertTrue(admin.text(By.tagName("dl")).contains("Deactivated"), admin.text(By.tagName("dl")));
                assertEquals(0, db.count("account", "username = '" + username + "' AND active"));

                // the open session no longer reaches the record
                assertEquals(403, patient.status("/portal"));
            }

            try (Browser patient = Browser.open(app)) {
                KeycloakSignIn.submitPassword(patient, username, newPassword);
                KeycloakSignIn.awaitNextPage(patient);
                assertFalse(KeycloakSignIn.onApplication(patient), "a deactivated account cannot sign in");
                String refusal = KeycloakSignIn.message(patient);
                assertTrue(refusal.contains("disabled"), refusal);
                patient.screenshot("kc-deactivated-refused");
            }
        }
    }

    @Test
    void aPatientCannotOpenStaffPages() {
        fixtures.patientWithPlan(PATIENT.username(), "Moreau");
        try (Browser browser = Browser.open(app)) {
            KeycloakSignIn.signIn(browser, PATIENT);
            assertEquals(200, browser.status("/portal"));
            for (String staffOnly : List.of("/admin/accounts", "/admin/accounts/new", "/admin/audit", "/clinic/patients",
                    "/clinic/exercises", "/api/v1/patients")) {
                assertEquals(403, browser.status(staffOnly), staffOnly);
            }
            browser.go("/admin/accounts");
            assertEquals("Forbidden", browser.text(By.tagName("h1")));
        }
    }

    @Test
    void signingOutEndsTheSessionInTheApplicationAndInKeycloak() {
        fixtures.patientWithPlan(PATIENT.username(), "Moreau");
        try (Browser browser = Browser.open(app)) {
            KeycloakSignIn.signIn(browser, PATIENT);
            browser.go("/portal");
            assertTrue(browser.text(By.tagName("h1")).contains("Hello, Pat"));

            browser.visit(browser.base() + "/logout");
            // Keycloak ends its session and returns to the post-logout page (adding the logout request's state)
            browser.await(d -> KeycloakSignIn.onApplication(browser) && browser.path().split("\\?")[0].equals("/"));
            assertEquals("Knee Rehab Records", browser.text(By.tagName("h1")), "back on the public home page");

            // Keycloak's session is gone too: the portal asks for the password again instead of signing in silently
            browser.visit(browser.base() + "/portal");
            browser.await(d -> !d.findElements(By.id("username")).isEmpty());
            assertTrue(browser.url().startsWith(keycloak + "/realms/clinic/"), browser.url());
            assertTrue(browser.shows(By.id("password")));
        }
    }

    private String accountPath(String username) {
        return "/admin/accounts/" + db.single("SELECT id FROM account WHERE username = '" + username + "'");
    }
}
