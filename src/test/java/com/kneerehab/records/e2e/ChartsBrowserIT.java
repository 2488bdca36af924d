package com.kneerehab.records.e2e;

import com.kneerehab.records.Records;
import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.portal.WarningSymptom;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts as people see them: the patient's progress in the portal and the clinician's chart with its
 * outcome measures, on a phone (390 px) and a desktop (1280 px), scanned with axe, saved as screenshots
 * (whole pages and each chart on its own), and never wider than a 320 px phone.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class ChartsBrowserIT {

    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    OutcomeFixtures outcomes;

    @Inject
    PlanService plans;

    @Inject
    Records records;

    PortalFixtures.Linked patient;

    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db.reset();
        // the development sign-in page's user "patient" is linked to this record; its plan began 14 days ago
        patient = fixtures.patientWithPlan("patient", "Charted");
        LocalDate today = LocalDate.now();
        int[][] sessions = {{13, 6, 5}, {11, 6, 6}, {9, 5, 4}, {6, 5, 3}, {4, 4, 3}, {2, 3, 2}, {1, 3, 1}};
        for (int[] s : sessions) {
            records.session(patient.patientId(), patient.planId(), today.minusDays(s[0]), "1,2", s[1], s[2], "c" + s[0]);
        }
        // the plan was revised a week ago, and today the patient reported a warning symptom
        DosageInput dosage = new DosageInput(3, 12, 5, 1, 5, 6);
        plans.revise(patient.planId(), new PlanInput(null, patient.evaluationId(), today.minusDays(7), today.plusWeeks(5),
                "Run again, further.", List.of(new PlanInput.Item(1L, dosage, null), new PlanInput.Item(2L, dosage, null)),
                plans.require(patient.planId()).version));
        records.warning(patient.patientId(), WarningSymptom.TINGLING_ARMS, "charts-w1");
        outcomes.taken(patient.patientId(), Instrument.LEFS, Occasion.BASELINE, "41", List.of());
        outcomes.taken(patient.patientId(), Instrument.LEFS, Occasion.REVIEW, "55", List.of());
        outcomes.taken(patient.patientId(), Instrument.KUJALA, Occasion.BASELINE, "62", List.of());
        outcomes.taken(patient.patientId(), Instrument.KUJALA, Occasion.REVIEW, "67", List.of());
    }

    @Test
    void thePatientReadsTheirProgressOnAPhoneAndADesktop() {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("patient");
            browser.go("/portal/progress");
            assertEquals(Browser.PHONE_WIDTH, browser.viewportWidth());
            assertShowsOnly(browser, "pain-chart", "chart-narrow");
            assertTrue(browser.text(By.cssSelector("#pain-chart .chart-legend")).contains("Warning report"));
            assertEquals(2, browser.all(By.cssSelector("#pain-chart svg.chart-narrow .marker")).size(),
                    "the plan's revision and the warning report are on the time line");
            List<WebElement> rows = browser.all(By.xpath("//table[caption[contains(., 'Pain scores')]]/tbody/tr"));
            assertTrue(rows.size() >= 7, "every session is in the table");
            check(browser, "30-portal-progress-390");
            element(browser, "pain-chart", "31-portal-pain-chart-390");
            element(browser, "adherence-chart", "32-portal-adherence-chart-390");

            browser.viewport(1280, 900);
            browser.go("/portal/progress");
            assertEquals(1280, browser.viewportWidth());
            assertShowsOnly(browser, "pain-chart", "chart-wide");
            check(browser, "33-portal-progress-1280");
            element(browser, "pain-chart", "34-portal-pain-chart-1280");

            browser.viewport(320, 640);
            browser.go("/portal/progress");
            assertFitsThePhone(browser, "35-portal-progress-320");
        }
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    @Test
    void theClinicianReadsProgressAndOutcomesOnTheChart() {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("clinician");
            String chart = "/clinic/patients/" + patient.patientId();
            browser.go(chart);
            assertShowsOnly(browser, "outcome-lefs", "chart-narrow");
            String statements = browser.all(By.cssSelector(".outcome-statement")).stream().map(WebElement::getText).toList().toString();
            assertTrue(statements.contains("LEFS 41 → 55 (+14): clinically important improvement"), statements);
            assertTrue(statements.contains("Kujala 62 → 67 (+5): not yet a clinically important change"), statements);
            assertEquals(1, browser.all(By.cssSelector("#outcome-lefs svg.chart-narrow rect.band")).size());
            check(browser, "40-clinic-chart-390");
            element(browser, "pain-chart", "41-clinic-pain-chart-390");
            element(browser, "outcome-lefs", "42-clinic-outcome-chart-390");

            browser.viewport(1280, 900);
            browser.go(chart);
            assertShowsOnly(browser, "outcome-lefs", "chart-wide");
            check(browser, "43-clinic-chart-1280");
            element(browser, "pain-chart", "44-clinic-pain-chart-1280");
            element(browser, "adherence-chart", "45-clinic-adherence-chart-1280");
            element(browser, "outcome-lefs", "46-clinic-outcome-chart-1280");

            browser.viewport(320, 640);
            browser.go(chart);
            assertFitsThePhone(browser, "47-clinic-chart-320");
        }
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    /** Of a chart's two drawings only the one for this screen shows, and the figure has its table after it. */
    private static void assertShowsOnly(Browser browser, String chart, String frame) {
        String other = frame.equals("chart-narrow") ? "chart-wide" : "chart-narrow";
        assertTrue(browser.find(By.cssSelector("#" + chart + " svg." + frame)).isDisplayed(), frame + " shows");
        assertFalse(browser.all(By.cssSelector("#" + chart + " svg." + other)).get(0).isDisplayed(), other + " hides");
        assertFalse(browser.all(By.xpath("//figure[@id='" + chart + "']/following-sibling::div[1]//table")).isEmpty(),
                "the numbers follow as a table");
    }

    private void assertFitsThePhone(Browser browser, String name) {
        assertEquals(320, browser.viewportWidth());
        long scrollWidth = browser.pageWidth();
        browser.screenshot(name);
        assertTrue(scrollWidth <= 320, browser.path() + " is " + scrollWidth + " px wide on a 320 px screen");
    }

    private void check(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }

    /** Saves one chart (its figure: caption, legend and drawing) as target/screenshots/{name}.png. */
    private static void element(Browser browser, String id, String name) {
        WebElement figure = browser.find(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'start'})", figure);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), figure.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
