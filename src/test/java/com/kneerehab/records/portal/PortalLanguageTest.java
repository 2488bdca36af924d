package com.kneerehab.records.portal;

import com.kneerehab.records.outcome.OutcomeMessages;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.PlatformMessages;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal in the patient's language: their saved choice, else the browser's Accept-Language, else
 * English. Pages, form messages, refusals, dates and numbers all follow it; staff pages and the API do not.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PortalLanguageTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked theirs;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
        theirs = fixtures.patientWithPlan("other", "Theirs");
    }

    /** Saves the patient's language the way they do, on the portal's account page. */
    private void prefer(String language) {
        Response saved = FormClient.open("/portal/account").post("/portal/account/language", Map.of("language", language));
        assertEquals(303, saved.statusCode());
    }

    private String page(String path, String acceptLanguage) {
        var request = given().accept("text/html");
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aSpanishBrowserGetsTheWholeHomePageInSpanish() {
        String html = page("/portal", "es-MX,es;q=0.9,en;q=0.5");
        assertTrue(html.contains("<html lang=\"es\">"), "html lang follows the language");
        assertTrue(html.contains("Antes de hacer ejercicio"));
        assertTrue(html.contains("Consulte a un médico antes de empezar un programa de ejercicios."));
        assertTrue(html.contains("Entumecimiento u hormigueo que baja por los brazos"));
        assertTrue(html.contains("3 series de 10, mantener 5 s, una vez al día, 5 días a la semana, durante 6 semanas"),
                "the dosage is in Spanish too");
        assertTrue(html.contains("Registrar una sesión"));
        assertTrue(html.contains("Cerrar sesión"), "the layout is in Spanish");
        assertFalse(html.contains("See a physician"), "no English left in the safety notice");
        assertFalse(html.contains("sets of"), "no English left in the dosage");
    }

    @Test
    void englishWhenTheBrowserAsksForNothingOrForALanguageNotOffered() {
        assertTrue(page("/portal", null).contains("<html lang=\"en\">"));
        String french = page("/portal", "fr-FR,fr;q=0.9,de;q=0.8");
        assertTrue(french.contains("<html lang=\"en\">"));
        assertTrue(french.contains("See a physician before you start"));
        // the first language offered wins, by weight
        assertTrue(page("/portal", "fr;q=1.0, es;q=0.8, en;q=0.5").contains("<html lang=\"es\">"));
        assertTrue(page("/portal", "fr;q=1.0, en;q=0.8, es;q=0.5").contains("<html lang=\"en\">"));
        assertTrue(page("/portal", "not a header;;;").contains("<html lang=\"en\">"));
    }

    @Test
    void theSavedChoiceWinsOverTheBrowserAndCanBeCleared() {
        String account = page("/portal/account", null);
        assertTrue(account.contains("Language for these pages"));
        Response saved = FormClient.open("/portal/account").post("/portal/account/language", Map.of("language", "es"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/portal/account?notice=language-saved"));
        assertEquals("es", db.single("SELECT preferred_language FROM account WHERE username = 'pat'"));
        assertEquals(1, db.count("audit_entry", "action = 'portal.account.language' AND patient_id = " + mine.patientId()));

        String confirmed = page("/portal/account?notice=language-saved", "en-GB,en;q=0.9");
        assertTrue(confirmed.contains("<html lang=\"es\">"), "the saved choice beats an English browser");
        assertTrue(confirmed.contains("Su idioma está guardado."));
        assertTrue(confirmed.contains("value=\"es\" checked"), "the form shows the saved choice");
        assertTrue(page("/", "en").contains("Ver mi plan de ejercicios"), "the home page follows it too");

        Response cleared = FormClient.open("/portal/account").post("/portal/account/language", Map.of("language", ""));
        assertEquals(303, cleared.statusCode());
        assertEquals("NULL", String.valueOf(db.single("SELECT IFNULL(preferred_language, 'NULL') FROM account"
                + " WHERE username = 'pat'")));
        assertTrue(page("/portal", "en").contains("<html lang=\"en\">"), "back to the browser's language");
    }

    @Test
    void aLanguageNotOfferedIsRefusedAndNothingIsSaved() {
        prefer("es");
        Response refused = FormClient.open("/portal/account").post("/portal/account/language", Map.of("language", "fr"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Elija uno de los idiomas que se muestran"));
        assertEquals("es", db.single("SELECT preferred_language FROM account WHERE username = 'pat'"));
    }

    @Test
    void theSessionFormAndItsErrorsAreInSpanish() {
        prefer("es");
        String form = page("/portal/sessions/new", null);
        assertTrue(form.contains("Ejercicios que hice"));
        assertTrue(form.contains("Dolor antes (0 nada – 10 el peor posible)"));

        Map<String, Object> fields = new HashMap<>(Map.of("submissionId", "s-es-1",
                "sessionDate", LocalDate.now().toString(), "painBefore", "3", "painAfter", "11"));
        Response r = FormClient.open("/portal/sessions/new").post("/portal/sessions", fields);
        assertEquals(422, r.statusCode());
        String body = r.asString();
        assertTrue(body.contains("Corrija los campos marcados."), body);
        assertTrue(body.contains("Marque los ejercicios que hizo"));
        assertTrue(body.contains("Entre 0 y 10"));
        assertFalse(body.contains("Tick the exercises"));

        fields.put("painAfter", "dos");
        fields.put("sessionDate", LocalDate.now().plusDays(3).toString());
        String unreadable = FormClient.open("/portal/sessions/new").post("/portal/sessions", fields, "exercisesDone", "1")
                .asString();
        assertTrue(unreadable.contains("Escriba un número entero"));
        assertTrue(unreadable.contains("La fecha no puede ser posterior a hoy"));

        fields.put("painAfter", "2");
        fields.put("sessionDate", LocalDate.now().toString());
        Response notInPlan = FormClient.open("/portal/sessions/new").post("/portal/sessions", fields, "exercisesDone", "999");
        assertEquals(422, notInPlan.statusCode());
        assertTrue(notInPlan.asString().contains("Elija ejercicios de su plan vigente"));
        assertEquals(0, db.count("session_log"));
    }

    @Test
    void progressShowsDatesAndPercentagesTheSpanishWay() {
        prefer("es");
        Map<String, Object> fields = Map.of("submissionId", "s-es-2", "sessionDate", LocalDate.now().toString(),
                "painBefore", "4", "painAfter", "2");
        Response logged = FormClient.open("/portal/sessions/new").post("/portal/sessions", fields, "exercisesDone", "1");
        assertEquals(303, logged.statusCode());
        String html = page(logged.header("Location"), null);
        assertTrue(html.contains("Su sesión está registrada. ¡Buen trabajo!"));
        assertTrue(html.contains("Nivel de dolor (0–10)"));
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH).format(LocalDate.now());
        assertTrue(html.contains("<td>" + today + "</td><td>4</td><td>2</td>"), "Spanish date: " + today);
        assertTrue(html.matches("(?s).*<td>\\d+\u00a0%</td>.*"), "Spanish percentages");
        assertFalse(html.contains(LocalDate.now().toString()), "no ISO date shown to a Spanish reader");
    }

    @Test
    void theWarningFormItsErrorAndTheGuidanceAreInSpanish() {
        prefer("es");
        String form = page("/portal/warning", null);
        assertTrue(form.contains("¿Qué síntoma tiene?"));
        assertTrue(form.contains("Malestar de estómago"));
        Response refused = FormClient.open("/portal/warning").post("/portal/warning", Map.of("submissionId", "w-es-1"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Elija el síntoma que tiene"));
        assertEquals(0, db.count("warning_report"));

        Response sent = FormClient.open("/portal/warning").post("/portal/warning",
                Map.of("submissionId", "w-es-2", "symptom", "BOWEL_BLADDER"));
        assertEquals(303, sent.statusCode());
        String guidance = page(sent.header("Location"), null);
        assertTrue(guidance.contains("Deje sus ejercicios y pida consejo médico hoy mismo."));
        assertTrue(guidance.contains("Cambios poco habituales al orinar o al hacer de vientre"));
        // the report keeps the symptom as a choice, not as words: clinicians read it in their own language
        assertEquals("BOWEL_BLADDER", db.single("SELECT symptom FROM warning_report"));
    }

    @Test
    void aRefusalPageIsInSpanishButTheApiStaysEnglish() {
        prefer("es");
        given().accept("text/html").when().get("/portal/plans/{id}", theirs.planId()).then().statusCode(404)
                .body(containsString("El plan no se ha encontrado."))
                .body(containsString("<html lang=\"es\">"));
        given().header("Accept-Language", "es").when().get("/api/v1/me/plans/{id}", theirs.planId())
                .then().statusCode(404).body("detail", equalTo("The plan was not found."));
    }

    @Test
    void aFormRefusedForItsAntiForgeryTokenSaysSoInSpanish() {
        prefer("es");
        given().accept("text/html").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("submissionId", "w-es-3").formParam("symptom", "UPSET_STOMACH")
                .when().post("/portal/warning").then().statusCode(400)
                .body(containsString("No se ha podido aceptar el formulario"))
                .body(containsString("No se ha guardado nada."));
        assertEquals(0, db.count("warning_report"));
    }

    @Test
    void thePrintViewListsTheStopListInSpanish() {
        prefer("es");
        String html = page("/portal/plans/" + mine.planId() + "/print", null);
        assertTrue(html.contains("Seguridad:"));
        for (String symptom : new String[] {"Entumecimiento u hormigueo en la cara, la cabeza o la mandíbula",
                "Entumecimiento u hormigueo que baja por los brazos", "Malestar de estómago",
                "Cambios poco habituales al orinar o al hacer de vientre"}) {
            assertTrue(html.contains(symptom), symptom);
        }
        given().accept("text/html").when().get("/portal/plans/{id}/print", mine.planId()).then()
                .body(not(containsString("numbness")));
    }

    @Test
    void aChangeMadeElsewhereNamesTheRecordInTheSentencesOwnLanguage() {
        // each feature names its record for the platform's sentence, so the Spanish one agrees in gender
        assertEquals("Otra persona ha hecho cambios en esta respuesta después de que usted abriera la página."
                        + " Vuelva a cargarla para ver la última versión y haga de nuevo su cambio.",
                Messages.get(PlatformMessages.class, SPANISH).stale(Messages.get(OutcomeMessages.class, SPANISH).thisRecord()));
        assertTrue(Messages.get(PlatformMessages.class, Locale.ENGLISH)
                .stale(Messages.get(OutcomeMessages.class, Locale.ENGLISH).thisRecord())
                .startsWith("This response was changed by someone else since you opened it."));
    }
}
