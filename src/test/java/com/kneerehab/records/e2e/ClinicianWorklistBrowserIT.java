package com.kneerehab.records.e2e;

import com.kneerehab.records.Records;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.PATIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop between the patient at home and the clinician in the office, in real browsers signed in through the
 * clinic's Keycloak: the patient logs sessions and reports two different warning symptoms in their own words;
 * the clinician lands on the worklist, finds both reports there and on the chart, acknowledges one (the flag
 * stays) and then the other (the flag goes). The worklist is saved and scanned with axe at 390 and 1280 px.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ClinicianWorklistBrowserIT {

    static final String TINGLING_WORDS = "Pins and needles down my left arm after the bridge.";
    static final String STOMACH_WORDS = "Felt sick for an hour after the morning session.";
    static final By FLAG = By.cssSelector("p.alert[role=alert]");
    static final By WARNING_ITEMS = By.cssSelector("li.attention-item.warning");

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Records records;

    PortalFixtures.Linked patient;

    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db.reset();
        patient = fixtures.patientWithPlan(PATIENT.username(), "Moreau");
        records.session(patient.patientId(), patient.planId(), LocalDate.now(ZoneOffset.UTC).minusDays(3), "1,2", 3, 3,
                "earlier-1");
    }

    @Test
    void bothWarningReportsReachTheClinicianAndTheFlagGoesWithTheLastAcknowledgement() {
        try (Browser browser = Browser.open(app)) {
            KeycloakSignIn.signIn(browser, PATIENT);
            logSession(browser, "4", "5", "Stairs were harder today.");
            logSession(browser, "6", "8", "Sharp pain going down the stairs.");
            report(browser, "TINGLING_ARMS", TINGLING_WORDS);
            report(browser, "UPSET_STOMACH", STOMACH_WORDS);
        }
        assertEquals(2, db.count("warning_report", "acknowledged_at IS NULL AND patient_id = " + patient.patientId()));

        try (Browser clinician = Browser.open(app)) {
            KeycloakSignIn.signIn(clinician, CLINICIAN);
            clinician.await(d -> clinician.path().split("\\?")[0].equals("/clinic/worklist"));
            assertEquals("Worklist", clinician.text(By.tagName("h1")), "a clinician lands on the worklist");

            // the worklist: the patient first, with both reports in their own words and the high pain
            WebElement entry = clinician.find(By.cssSelector("ol.worklist > li"));
            String listed = entry.getText();
            assertTrue(listed.contains("Pat Moreau"), listed);
            assertTrue(listed.contains("Numbness or tingling down the arms: “" + TINGLING_WORDS + "”"), listed);
            assertTrue(listed.contains("An upset stomach: “" + STOMACH_WORDS + "”"), listed);
            assertTrue(listed.contains("High pain"), listed);
            assertTrue(clinician.text(By.cssSelector("a.nav-worklist .badge.urgent")).contains("2 warnings"));
            assertEquals(Browser.PHONE_WIDTH, clinician.viewportWidth());
            long scrollWidth = clinician.pageWidth();
            assertTrue(scrollWidth <= Browser.PHONE_WIDTH, "the worklist is " + scrollWidth + " px wide on a phone");
            checkPage(clinician, "20-clinic-worklist-390px");
            clinician.viewport(1280, 900);
            clinician.go("/clinic/worklist");
            assertEquals(1280, clinician.viewportWidth());
            checkPage(clinician, "21-clinic-worklist-1280px");

            // the chart: both reports, each with its words, and the flag
            clinician.click(By.linkText("Pat Moreau"), "/clinic/patients/" + patient.patientId());
            assertTrue(clinician.text(FLAG).contains("Warning symptom reported"));
            List<WebElement> reports = clinician.all(WARNING_ITEMS);
            assertEquals(2, reports.size());
            assertTrue(reports.get(0).getText().contains(TINGLING_WORDS), reports.get(0).getText());
            assertTrue(reports.get(1).getText().contains(STOMACH_WORDS), reports.get(1).getText());
            assertTrue(clinician.find(By.cssSelector("section[aria-labelledby=h-sessions]")).getText()
                    .contains("Sharp pain going down the stairs."), "the patient's session notes are on the chart");
            checkPage(clinician, "22-clinic-chart-two-reports");

            // acknowledge the first: the other report and the flag stay
            acknowledge(clinician, reports.get(0), "REFERRED_TO_PHYSICIAN", "Asked her to see her GP today.");
            assertTrue(clinician.text(FLAG).contains("Warning symptom reported"), "one report is still unacknowledged");
            List<WebElement> left = clinician.all(WARNING_ITEMS);
            assertEquals(1, left.size());
            assertTrue(left.get(0).getText().contains(STOMACH_WORDS));
            assertTrue(clinician.find(By.cssSelector("section[aria-labelledby=h-acknowledged]")).getText()
                    .contains("Referred to a physician · Asked her to see her GP today."));

            // acknowledge the second: the flag goes
            acknowledge(clinician, left.get(0), "CALLED_PATIENT", "");
            assertTrue(clinician.all(FLAG).isEmpty(), "no report is left unacknowledged");
            assertTrue(clinician.all(WARNING_ITEMS).isEmpty());
            checkPage(clinician, "23-clinic-chart-acknowledged");

            clinician.go("/clinic/worklist");
            String after = clinician.find(By.cssSelector("ol.worklist")).getText();
            assertFalse(after.contains("Warning symptom"), after);
            assertTrue(after.contains("High pain"), "the pain item waits for its own acknowledgement");
        }
        assertEquals(0, db.count("warning_report", "acknowledged_at IS NULL"));
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    private void logSession(Browser browser, String before, String after, String note) {
        browser.go("/portal/sessions/new");
        browser.type(By.id("painBefore"), before);
        browser.type(By.id("painAfter"), after);
        browser.type(By.id("note"), note);
        browser.click(By.cssSelector("form[action='/portal/sessions'] button[type=submit]"), "/portal/progress");
    }

    private void report(Browser browser, String symptom, String words) {
        browser.go("/portal/warning");
        browser.find(By.id("symptom-" + symptom)).click();
        browser.type(By.id("details"), words);
        browser.find(By.cssSelector("form[action='/portal/warning'] button[type=submit]")).click();
        browser.find(By.xpath("//h1[. = 'What to do now']"));
    }

    private void acknowledge(Browser clinician, WebElement item, String action, String note) {
        String form = item.findElement(By.linkText("Acknowledge")).getAttribute("href").substring(clinician.base().length());
        clinician.click(By.cssSelector("li.attention-item.warning a[href='" + form + "']"), form);
        checkPage(clinician, "24-clinic-acknowledge");
        clinician.find(By.id("action-" + action)).click();
        if (!note.isEmpty()) {
            clinician.type(By.id("note"), note);
        }
        clinician.click(By.cssSelector("form[action='" + form + "'] button[type=submit]"),
                "/clinic/patients/" + patient.patientId());
    }

    /** Saves the page and scans it; problems are collected so one run reports every page's. */
    private void checkPage(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }
}
