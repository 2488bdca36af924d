package com.kneerehab.records.e2e;

import com.kneerehab.records.Records;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clinician signed in through the clinic's Keycloak records an evaluation on a tablet: what is typed in
 * two steps is kept as drafts without pressing a step's own button, pressing one step's button keeps what
 * was typed in the others, the current step and what it still needs stay in view while scrolling, and the
 * page passes axe.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class EvaluationDraftsBrowserIT {

    static final int TABLET_WIDTH = 820;
    static final int TABLET_HEIGHT = 1180;

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    private long patientId;

    @BeforeEach
    void setUp() {
        db.reset();
        Patient patient = records.registered("Tabby", "Strider");
        patientId = patient.id;
    }

    private String startEvaluation(Browser browser) {
        browser.go("/clinic/evaluations/new?patient=" + patientId);
        browser.submit(By.cssSelector("main form button[type=submit]"));
        browser.await(d -> d.getCurrentUrl().contains("/clinic/evaluations/") && !d.getCurrentUrl().contains("/new"));
        String path = browser.path();
        return path.substring(0, path.indexOf('?') < 0 ? path.length() : path.indexOf('?'));
    }

    private static void choose(Browser browser, String name, String value) {
        new Select(browser.find(By.name(name))).selectByValue(value);
    }

    private static String value(Browser browser, String name) {
        return browser.find(By.name(name)).getAttribute("value");
    }

    /** Waits until the page says everything typed is saved; on a timeout the step status is shown. */
    private static void awaitSaved(Browser browser) {
        browser.await(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var s = document.querySelector('#step-status .state-saved');"
                        + " return !document.body.hasAttribute('data-unsaved') && s !== null"
                        + " && getComputedStyle(s).display !== 'none'")));
    }

    @Test
    void twoStepsTypedAreKeptAsDraftsAcrossAReload() {
        try (Browser browser = Browser.open(app)) {
            browser.viewport(TABLET_WIDTH, TABLET_HEIGHT);
            KeycloakSignIn.signIn(browser, CLINICIAN);
            String page = startEvaluation(browser);
            assertEquals(TABLET_WIDTH, browser.viewportWidth());

            choose(browser, "ribcage.alignment", "FLARED");
            choose(browser, "ribcage.side", "LEFT");
            browser.type(By.name("ribcage.notes"), "Left ribs flare on inhale");
            browser.type(By.name("hip.extensionLeft"), "12");
            browser.type(By.name("hip.extensionRight"), "14");
            choose(browser, "hip.motion", "PELVIC_DROP");
            assertEquals(Boolean.TRUE, browser.script("var s = document.getElementById('step-status');"
                    + " return typeof window.htmx === 'object' && s !== null && document.body.classList.contains('autosave')"),
                    "htmx is loaded and the page saves as typed: " + browser.script(
                            "return (typeof window.htmx) + ' ' + document.querySelector('main').innerHTML.substring(0, 3000)"));
            browser.find(By.name("hip.extensionRight")).sendKeys(Keys.TAB);
            awaitSaved(browser);

            browser.go(page);
            assertEquals("FLARED", value(browser, "ribcage.alignment"));
            assertEquals("LEFT", value(browser, "ribcage.side"));
            assertEquals("Left ribs flare on inhale", value(browser, "ribcage.notes"));
            assertEquals("12", value(browser, "hip.extensionLeft"));
            assertEquals("14", value(browser, "hip.extensionRight"));
            assertEquals("PELVIC_DROP", value(browser, "hip.motion"));
            assertTrue(browser.text(By.id("state-ribcage")).contains("Draft"), "saved as drafts, not completed");
            assertTrue(browser.text(By.id("state-hip")).contains("Draft"));

            // the step status stays in view at the bottom of the page
            browser.script("window.scrollTo(0, document.body.scrollHeight)");
            WebElement status = browser.find(By.id("step-status"));
            Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top", status);
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 10, "the step status sticks to the top: " + top);
            assertTrue(status.getText().contains("Current step: Ribcage alignment"), status.getText());
            browser.script("window.scrollTo(0, 0)");

            browser.screenshot("evaluation-tablet");
            List<String> violations = Axe.seriousViolations(browser, "evaluation");
            assertTrue(violations.isEmpty(), String.join("\n", violations));
        }
    }

    @Test
    void pressingOneStepsButtonKeepsWhatWasTypedInTheOthers() {
        try (Browser browser = Browser.open(app)) {
            browser.viewport(TABLET_WIDTH, TABLET_HEIGHT);
            KeycloakSignIn.signIn(browser, CLINICIAN);
            String page = startEvaluation(browser);

            choose(browser, "ribcage.alignment", "NEUTRAL");
            browser.type(By.name("hip.extensionLeft"), "9");
            browser.type(By.name("foot-ankle.dorsiflexionLeft"), "31");
            WebElement complete = browser.find(By.cssSelector("#step-ribcage button[value=ribcage]"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", complete);
            browser.submit(By.cssSelector("#step-ribcage button[value=ribcage]"));
            browser.await(d -> d.getCurrentUrl().contains("notice=step-completed"));

            assertTrue(browser.text(By.id("state-ribcage")).contains("Complete"));
            assertEquals("9", value(browser, "hip.extensionLeft"));
            assertEquals("31", value(browser, "foot-ankle.dorsiflexionLeft"));
            browser.go(page);
            assertEquals("9", value(browser, "hip.extensionLeft"));
            assertTrue(browser.text(By.id("step-status")).contains("Current step: Hip extension and rotation"));
            assertFalse(browser.shows(By.cssSelector("#step-status .state-failed")));
            browser.screenshot("evaluation-tablet-step-completed");
        }
    }
}
