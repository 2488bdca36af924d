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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Spanish-speaking patient's journey in a real browser set to Spanish: the whole portal (plan, safety
 * notice, session form and its errors, progress, warning form and guidance) reads in Spanish, every
 * page passes axe, and the language they save on their account page follows them to an English browser.
 * Screenshots are saved under target/screenshots as es-*.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class SpanishPatientJourneyBrowserIT {

    static final Locale SPANISH = Locale.forLanguageTag("es");

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
        // the development sign-in page's user "patient" is linked to this record
        patient = fixtures.patientWithPlan("patient", "Journey");
    }

    @Test
    void aSpanishSpeakingPatientReadsTheWholePortalInSpanish() {
        long reportId;
        try (Browser browser = Browser.open(app, "es-ES")) {
            browser.signIn("patient", "Le damos la bienvenida");
            assertEquals("es", browser.find(By.tagName("html")).getAttribute("lang"));

            // home: the safety notice, in Spanish, before the plan's exercises
            browser.go("/portal");
            assertEquals("es", browser.find(By.tagName("html")).getAttribute("lang"));
            assertTrue(browser.text(By.tagName("h1")).contains("Hola, Pat"));
            WebElement safety = browser.find(By.cssSelector("section.safety"));
            assertTrue(safety.getText().contains("Antes de hacer ejercicio"));
            assertTrue(safety.getText().contains("Consulte a un médico antes de empezar un programa de ejercicios."));
            assertEquals(List.of("Entumecimiento u hormigueo en la cara, la cabeza o la mandíbula",
                            "Entumecimiento u hormigueo que baja por los brazos", "Malestar de estómago",
                            "Cambios poco habituales al orinar o al hacer de vientre"),
                    safety.findElements(By.cssSelector("ul.stop-list li")).stream().map(WebElement::getText).toList());
            WebElement firstExercise = browser.find(By.cssSelector("article.exercise"));
            assertTrue(safety.getLocation().getY() < firstExercise.getLocation().getY(), "safety notice first");
            assertTrue(browser.text(By.cssSelector("article.exercise .dosage"))
                    .contains("3 series de 10, mantener 5 s, una vez al día, 5 días a la semana, durante 6 semanas"));
            assertFalse(browser.text(By.tagName("main")).contains("See a physician"));
            checkPage(browser, "es-01-portal-home");

            browser.go("/portal/safety");
            assertEquals("Haga ejercicio con seguridad", browser.text(By.tagName("h1")));
            checkPage(browser, "es-02-portal-safety");

            browser.go("/portal/plans");
            assertEquals("Mis planes", browser.text(By.tagName("h1")));
            checkPage(browser, "es-03-portal-plans");
            browser.click(By.linkText("Plan 1"), "/portal/plans/" + patient.planId());
            assertEquals("Mi plan vigente", browser.text(By.tagName("h1")));
            checkPage(browser, "es-04-portal-plan");

            browser.go("/portal/plans/" + patient.planId() + "/print");
            assertTrue(browser.text(By.cssSelector(".safety-print")).contains("Seguridad:"));
            assertEquals(4, browser.all(By.cssSelector(".safety-print ul.stop-list li")).size());
            checkPage(browser, "es-05-portal-plan-print");

            // the session form: sent without pain scores and with nothing ticked, it says what is missing
            browser.go("/portal");
            browser.click(By.linkText("Registrar una sesión"), "/portal/sessions/new");
            assertEquals("Registrar una sesión", browser.text(By.tagName("h1")));
            for (WebElement box : browser.all(By.cssSelector("input[name=exercisesDone]"))) {
                box.click();
            }
            browser.submit(By.cssSelector("form[action='/portal/sessions'] button[type=submit]"));
            assertEquals("Corrija los campos marcados.", browser.text(By.cssSelector("div.alert[role=alert]")));
            assertEquals("Marque los ejercicios que hizo", browser.text(By.id("exercisesDone-error")));
            assertEquals("Indique su dolor antes de la sesión", browser.text(By.id("painBefore-error")));
            assertEquals("Indique su dolor después de la sesión", browser.text(By.id("painAfter-error")));
            checkPage(browser, "es-06-portal-session-errors");
            assertEquals(0, db.count("session_log", "patient_id = " + patient.patientId()));

            for (WebElement box : browser.all(By.cssSelector("input[name=exercisesDone]"))) {
                box.click();
            }
            browser.type(By.id("painBefore"), "3");
            browser.type(By.id("painAfter"), "2");
            browser.type(By.id("note"), "Hoy bien, sin dolor en las escaleras.");
            browser.click(By.cssSelector("form[action='/portal/sessions'] button[type=submit]"), "/portal/progress");

            // progress: the notice, the tables' words, and the date written the Spanish way
            assertEquals("Su sesión está registrada. ¡Buen trabajo!", browser.text(By.cssSelector("p.notice")));
            assertEquals("Mi progreso", browser.text(By.tagName("h1")));
            List<WebElement> painRows = browser.all(By.xpath(
                    "//table[caption[contains(., 'Nivel de dolor')]]/tbody/tr[td[2] != '—']"));
            assertEquals(1, painRows.size(), "today's session; the plan's start has a row of its own");
            String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH)
                    .format(LocalDate.now(java.time.ZoneOffset.UTC));
            String todayHere = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH)
                    .format(LocalDate.now());
            List<String> cells = painRows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertTrue(cells.get(0).equals(today) || cells.get(0).equals(todayHere), cells.toString());
            assertEquals(List.of("3", "2"), cells.subList(1, 3));
            assertTrue(browser.text(By.cssSelector("caption#adherence-chart-caption"))
                    .contains("Sesiones por semana comparadas con las del plan"));
            checkPage(browser, "es-07-portal-progress");

            // the warning form, its error, and the guidance
            browser.go("/portal");
            browser.click(By.linkText("Tengo un síntoma de alarma"), "/portal/warning");
            assertEquals("Avisar de un síntoma de alarma", browser.text(By.tagName("h1")));
            assertEquals("¿Qué síntoma tiene?", browser.text(By.cssSelector("form[action='/portal/warning'] legend")));
            browser.submit(By.cssSelector("form[action='/portal/warning'] button[type=submit]"));
            assertEquals("Elija el síntoma que tiene", browser.text(By.id("symptom-error")));
            checkPage(browser, "es-08-portal-warning-errors");
            assertEquals(0, db.count("warning_report", "patient_id = " + patient.patientId()));

            browser.find(By.id("symptom-TINGLING_ARMS")).click();
            browser.type(By.id("details"), "Hormigueo en el brazo izquierdo desde esta mañana.");
            browser.find(By.cssSelector("form[action='/portal/warning'] button[type=submit]")).click();
            browser.find(By.xpath("//h1[. = 'Qué hacer ahora']"));
            assertTrue(browser.path().matches("/portal/warning/\\d+"), browser.path());
            reportId = Long.parseLong(browser.path().substring("/portal/warning/".length()));
            String guidance = browser.text(By.cssSelector("[role=alert]"));
            assertTrue(guidance.contains("Deje sus ejercicios y pida consejo médico hoy mismo."), guidance);
            assertTrue(guidance.contains("Entumecimiento u hormigueo que baja por los brazos"), guidance);
            assertTrue(browser.text(By.tagName("main")).contains("llame ahora a los servicios de emergencia"));
            checkPage(browser, "es-09-portal-warning-guidance");

            // the patient saves Spanish on their account page
            browser.go("/portal");
            browser.click(By.linkText("Language · Idioma"), "/portal/account");
            assertEquals("Mi cuenta", browser.text(By.tagName("h1")));
            assertTrue(browser.find(By.id("language-none")).isSelected(), "the browser's language until one is chosen");
            browser.find(By.id("language-es")).click();
            browser.click(By.cssSelector("form[action='/portal/account/language'] button[type=submit]"), "/portal/account");
            assertEquals("Su idioma está guardado.", browser.text(By.cssSelector("p.notice")));
            assertTrue(browser.find(By.id("language-es")).isSelected());
            checkPage(browser, "es-10-portal-account");
        }
        assertEquals(1, db.count("warning_report", "id = " + reportId + " AND patient_id = " + patient.patientId()));
        assertEquals("es", db.single("SELECT preferred_language FROM account WHERE username = 'patient'"));

        // on a computer set to English, the saved choice still gives the patient their portal in Spanish
        try (Browser english = Browser.open(app)) {
            english.signIn("patient", "Le damos la bienvenida");
            english.go("/portal");
            assertEquals("es", english.find(By.tagName("html")).getAttribute("lang"));
            assertTrue(english.text(By.cssSelector("section.safety")).contains("Antes de hacer ejercicio"));
            english.screenshot("es-11-portal-home-english-browser");
        }
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    /** Saves the page and scans it; problems are collected so one run reports every page's. */
    private void checkPage(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }
}
