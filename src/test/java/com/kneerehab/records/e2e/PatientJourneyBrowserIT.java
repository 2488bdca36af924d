package com.kneerehab.records.e2e;

import java.time.ZoneOffset;
import java.time.LocalDate;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient's journey in a real browser on a phone-sized screen, signed in through the real OIDC flow:
 * sign in, read the safety notice and the plan, log a session, find it in the trend, report a warning
 * symptom; then the clinician signs in and finds the patient flagged. Every portal page is scanned with
 * axe on the way and saved as a screenshot under target/screenshots.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class PatientJourneyBrowserIT {

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
        // the development sign-in page's user "patient" is linked to this record
        patient = fixtures.patientWithPlan("patient", "Journey");
        // one earlier session, so the trend already has a point before the patient logs today's
        records.session(patient.patientId(), patient.planId(), LocalDate.now(ZoneOffset.UTC).minusDays(7), "1,2", 5, 4,
                "earlier-1");
    }

    @Test
    void thePatientReportsAWarningSymptomAndTheClinicianSeesTheFlag() {
        long reportId;
        try (Browser browser = Browser.open(app)) {
            browser.signIn("patient");
            assertEquals(Browser.PHONE_WIDTH, browser.viewportWidth(), "the portal is checked at phone width");

            // home: the safety notice comes before the plan's exercises
            browser.go("/portal");
            assertTrue(browser.text(By.tagName("h1")).contains("Hello, Pat"));
            WebElement safety = browser.find(By.cssSelector("section.safety"));
            assertTrue(safety.getText().contains("See a physician before you start"));
            WebElement firstExercise = browser.find(By.cssSelector("article.exercise"));
            assertTrue(safety.getLocation().getY() < firstExercise.getLocation().getY(), "safety notice first");
            assertEquals(2, browser.all(By.cssSelector("article.exercise")).size());
            assertTrue(browser.text(By.cssSelector("article.exercise .dosage"))
                    .contains("3 sets of 10, hold 5 s, once a day, 5 days a week, for 6 weeks"));
            checkPage(browser, "01-portal-home");

            browser.go("/portal/safety");
            assertEquals("Exercise safely", browser.text(By.tagName("h1")));
            checkPage(browser, "02-portal-safety");

            browser.go("/portal/plans");
            browser.click(By.linkText("Plan 1"), "/portal/plans/" + patient.planId());
            assertEquals("My current plan", browser.text(By.tagName("h1")));
            checkPage(browser, "03-portal-plan");
            browser.go("/portal/plans");
            checkPage(browser, "04-portal-plans");

            browser.go("/portal/plans/" + patient.planId() + "/print");
            assertEquals(2, browser.all(By.cssSelector(".print-view article.exercise")).size());
            checkPage(browser, "05-portal-plan-print");

            // log today's session from the home page
            browser.go("/portal");
            browser.click(By.linkText("Log a session"), "/portal/sessions/new");
            checkPage(browser, "06-portal-session-form");
            String today = browser.find(By.id("sessionDate")).getAttribute("value");
            assertTrue(browser.find(By.cssSelector("input[name=exercisesDone]")).isSelected(), "exercises start ticked");
            browser.type(By.id("painBefore"), "3");
            browser.type(By.id("painAfter"), "2");
            browser.type(By.id("note"), "Easy today, no pain on the stairs.");
            browser.click(By.cssSelector("form[action='/portal/sessions'] button[type=submit]"), "/portal/progress");

            // the session is in the trend: the notice, the pain table and the chart's line
            assertEquals("Your session is logged. Well done.", browser.text(By.cssSelector("p.notice")));
            List<WebElement> painRows = browser.all(By.xpath(
                    "//table[caption[contains(., 'Pain scores')]]/tbody/tr[td[3] != '—']"));
            assertEquals(2, painRows.size(), "the earlier session and today's");
            assertEquals(List.of(today, "3", "2", ""), painRows.get(1).findElements(By.tagName("td")).stream()
                    .map(WebElement::getText).toList());
            String afterLine = browser.find(By.cssSelector("#pain-chart svg.chart-narrow g.series-solid polyline"))
                    .getAttribute("points");
            assertEquals(2, afterLine.trim().split("\\s+").length, "the trend line has the earlier and today's session");
            checkPage(browser, "07-portal-progress");

            // report a warning symptom from the safety notice
            browser.go("/portal");
            browser.click(By.linkText("I have a warning symptom"), "/portal/warning");
            checkPage(browser, "08-portal-warning-form");
            browser.find(By.id("symptom-TINGLING_ARMS")).click();
            browser.type(By.id("details"), "Tingling in my left arm since this morning.");
            browser.find(By.cssSelector("form[action='/portal/warning'] button[type=submit]")).click();
            browser.find(By.xpath("//h1[. = 'What to do now']"));
            assertTrue(browser.path().matches("/portal/warning/\\d+"), browser.path());
            reportId = Long.parseLong(browser.path().substring("/portal/warning/".length()));
            String guidance = browser.text(By.cssSelector("[role=alert]"));
            assertTrue(guidance.contains("Stop your exercises and seek medical advice today"));
            assertTrue(guidance.contains("Numbness or tingling down the arms"));
            checkPage(browser, "09-portal-warning-guidance");
        }
        assertEquals(1, db.count("warning_report", "id = " + reportId + " AND patient_id = " + patient.patientId()));

        // the clinician, in a browser of their own, finds the flag and the report, with the patient's words, on the chart
        try (Browser clinician = Browser.open(app)) {
            clinician.signIn("clinician");
            clinician.go("/clinic/patients/" + patient.patientId());
            assertTrue(clinician.text(By.tagName("h1")).contains("Pat Journey"));
            String flag = clinician.text(By.cssSelector("p.alert[role=alert]"));
            assertTrue(flag.contains("Warning symptom reported"), flag);
            List<WebElement> reports = clinician.all(By.cssSelector("li.attention-item.warning"));
            assertEquals(1, reports.size(), "one unacknowledged report");
            String report = reports.get(0).getText();
            assertTrue(report.contains("Warning symptom: Numbness or tingling down the arms"), report);
            assertTrue(report.contains("Tingling in my left arm since this morning."), "the patient's own words: " + report);
            assertTrue(reports.get(0).findElement(By.linkText("Acknowledge")).getAttribute("href")
                    .endsWith("/warnings/" + reportId + "/acknowledgement"));
            clinician.screenshot("10-clinic-chart-flagged");
        }
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    @Test
    void theHomePageFitsANarrowPhoneWithoutScrollingSideways() {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("patient");
            browser.viewport(320, 640);
            browser.go("/portal");
            browser.find(By.cssSelector("section.safety"));
            assertEquals(320, browser.viewportWidth());
            long scrollWidth = browser.pageWidth();
            browser.screenshot("11-portal-home-320px");
            assertTrue(scrollWidth <= 320, "the home page is " + scrollWidth + " px wide at a 320 px screen");
        }
    }

    /** Saves the page and scans it; problems are collected so one run reports every page's. */
    private void checkPage(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }
}
