package com.kneerehab.records.e2e;

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

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.PATIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcome measures from assignment to the chart, signed in through the clinic's real Keycloak: the clinician
 * assigns a LEFS and a Kujala at baseline; the patient answers both on a phone, stopping half-way through the
 * LEFS and coming back to where they stopped; later both are assigned again for the review and answered
 * again; the chart lists the four responses with their scores. Every questionnaire page is scanned with axe
 * and saved as a screenshot at the phone's 390 px.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class OutcomeMeasuresBrowserIT {

    static final String LEFS = "Lower Extremity Functional Scale";
    static final String KUJALA = "Kujala Anterior Knee Pain Scale";

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked patient;

    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db.reset();
        patient = fixtures.patientWithPlan(PATIENT.username(), "Moreau");
    }

    @Test
    void thePatientAnswersAtBaselineAndAtReviewAndTheChartListsTheScores() {
        try (Browser clinician = Browser.open(app); Browser phone = Browser.open(app)) {
            KeycloakSignIn.signIn(clinician, CLINICIAN);
            assign(clinician, "LEFS", "BASELINE");
            assign(clinician, "KUJALA", "BASELINE");

            KeycloakSignIn.signIn(phone, PATIENT);
            assertEquals(Browser.PHONE_WIDTH, phone.viewportWidth());
            phone.go("/portal");
            List<WebElement> due = phone.all(By.cssSelector("section.measures-due li"));
            assertEquals(2, due.size(), "both measures are due on the home page");
            checkPage(phone, "m01-portal-home-measures-due");

            // the LEFS: page 1 answered, page 2 half-answered, then "finish later"
            phone.click(By.linkText(LEFS), "/portal/measures/" + measureId(phone, LEFS));
            assertTrue(phone.text(By.cssSelector("hgroup p")).contains("Page 1 of 4"));
            answerEveryQuestion(phone, 2);
            checkPage(phone, "m02-measure-form-phone-390px");
            phone.submit(By.cssSelector("button[value=NEXT]"));
            assertTrue(phone.text(By.cssSelector("hgroup p")).contains("Page 2 of 4"));
            List<WebElement> questions = phone.all(By.cssSelector("fieldset.question"));
            questions.get(0).findElements(By.cssSelector("input[type=radio]")).get(2).click();
            questions.get(1).findElements(By.cssSelector("input[type=radio]")).get(2).click();
            phone.submit(By.cssSelector("button[value=LATER]"));
            assertEquals("/portal/measures", phone.path().replaceAll("\\?.*", ""));
            assertTrue(phone.text(By.cssSelector("p.notice")).contains("Your answers are saved"));
            checkPage(phone, "m03-portal-measures-in-progress");

            // coming back continues on page 2 with the two answers kept
            phone.go("/portal");
            phone.click(By.linkText(LEFS), "/portal/measures/" + measureId(phone, LEFS));
            assertTrue(phone.text(By.cssSelector("hgroup p")).contains("Page 2 of 4"), "resumes where the patient stopped");
            questions = phone.all(By.cssSelector("fieldset.question"));
            assertTrue(questions.get(0).findElements(By.cssSelector("input[type=radio]")).get(2).isSelected());
            assertTrue(questions.get(1).findElements(By.cssSelector("input[type=radio]")).get(2).isSelected());
            answerRemainingPages(phone, 2, "m04");
            assertTrue(phone.text(By.cssSelector("p.notice")).contains("Your answers have been sent"));

            // the Kujala, in one go
            answerMeasure(phone, KUJALA, 1, "m05");

            // later, at the plan review, both again
            assign(clinician, "LEFS", "REVIEW");
            assign(clinician, "KUJALA", "REVIEW");
            answerMeasure(phone, LEFS, 3, "m06");
            answerMeasure(phone, KUJALA, 0, "m07");
            phone.go("/portal/measures");
            assertEquals(4, phone.all(By.cssSelector("ul.measures-done li")).size());
            assertTrue(phone.text(By.cssSelector("section[aria-labelledby=h-due]")).contains("You have no questionnaires"));
            checkPage(phone, "m08-portal-measures-sent");

            // the chart lists the four responses with their scores
            clinician.go("/clinic/patients/" + patient.patientId());
            List<String> rows = clinician.all(By.cssSelector("table.measure-list tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(4, rows.size(), rows.toString());
            // newest first: review Kujala 100, review LEFS 60, baseline Kujala 72, baseline LEFS 40
            assertTrue(rows.get(0).startsWith("Kujala Review") && rows.get(0).endsWith("100.0"), rows.get(0));
            assertTrue(rows.get(1).startsWith("LEFS Review") && rows.get(1).endsWith("60.0"), rows.get(1));
            assertTrue(rows.get(2).startsWith("Kujala Baseline") && rows.get(2).endsWith("72.0"), rows.get(2));
            assertTrue(rows.get(3).startsWith("LEFS Baseline") && rows.get(3).endsWith("40.0"), rows.get(3));
            clinician.screenshot("m09-clinic-chart-measures");
            accessibilityProblems.addAll(Axe.seriousViolations(clinician, "m09-clinic-chart-measures"));

            // and each response with its answers, entered by the patient
            String baseline = clinician.find(By.xpath("//table[contains(@class,'measure-list')]/tbody/tr[4]//a"))
                    .getAttribute("href");
            clinician.go(baseline.substring(clinician.base().length()));
            assertTrue(clinician.text(By.cssSelector("article.response h3")).contains("Response 1: score 40.0"));
            assertEquals(20, clinician.all(By.cssSelector("article.response tbody tr")).size());
            assertTrue(clinician.text(By.cssSelector("article.response")).contains("Entered by the patient"));
            clinician.screenshot("m10-clinic-measure-responses");
            accessibilityProblems.addAll(Axe.seriousViolations(clinician, "m10-clinic-measure-responses"));
        }
        assertEquals(4, db.count("outcome_response", "status = 'SUBMITTED' AND patient_id = " + patient.patientId()));
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    /** The clinician assigns a measure from the chart, due today. */
    private void assign(Browser clinician, String instrument, String occasion) {
        clinician.go("/clinic/patients/" + patient.patientId());
        clinician.click(By.linkText("Assign a measure"), "/clinic/measures/new");
        clinician.find(By.id("instrument-" + instrument)).click();
        clinician.find(By.id("occasion-" + occasion)).click();
        clinician.submit(By.cssSelector("form[action='/clinic/measures'] button[type=submit]"));
        assertTrue(clinician.text(By.cssSelector("p.notice")).contains("The measure is assigned"),
                clinician.text(By.tagName("main")));
    }

    /** Opens a due measure from the home page and answers every page with the option at {@code option}. */
    private void answerMeasure(Browser phone, String title, int option, String shot) {
        phone.go("/portal");
        phone.click(By.linkText(title), "/portal/measures/" + measureId(phone, title));
        answerRemainingPages(phone, option, shot);
        assertTrue(phone.text(By.cssSelector("p.notice")).contains("Your answers have been sent"));
    }

    /** Answers this page and every one after it, then sends the answers from the last. */
    private void answerRemainingPages(Browser phone, int option, String shot) {
        while (true) {
            answerEveryQuestion(phone, option);
            checkPage(phone, shot + "-" + phone.text(By.cssSelector("hgroup p")).replaceAll("\\D+", "-"));
            if (phone.all(By.cssSelector("button[value=SUBMIT]")).isEmpty()) {
                phone.submit(By.cssSelector("button[value=NEXT]"));
            } else {
                phone.submit(By.cssSelector("button[value=SUBMIT]"));
                return;
            }
        }
    }

    /** Chooses the answer at {@code option} (or the last one offered) in every question of the page. */
    private static void answerEveryQuestion(Browser phone, int option) {
        for (WebElement question : phone.all(By.cssSelector("fieldset.question"))) {
            List<WebElement> answers = question.findElements(By.cssSelector("input[type=radio]"));
            WebElement chosen = answers.get(Math.min(option, answers.size() - 1));
            if (!chosen.isSelected()) {
                chosen.click();
            }
        }
    }

    /** The id of the due measure with this title, from the link on the page. */
    private static long measureId(Browser phone, String title) {
        String href = phone.find(By.linkText(title)).getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private void checkPage(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }
}
