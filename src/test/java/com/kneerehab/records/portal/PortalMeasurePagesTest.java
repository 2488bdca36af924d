package com.kneerehab.records.portal;

import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient's questionnaire pages: a measure the clinician assigned shows as due, is answered a few questions
 * a page, saved as the patient goes and resumed where they stopped; a bad answer comes back with what was typed
 * and nothing of that page saved; submitting scores it, and what was submitted is never changed; another
 * patient's measure is "not found".
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PortalMeasurePagesTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    OutcomeFixtures outcomes;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked theirs;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
        theirs = fixtures.patientWithPlan("other", "Theirs");
    }

    @Test
    void anAssignedMeasureShowsAsDueOnTheHomePageAndInTheList() {
        long lefs = outcomes.assigned(mine.patientId(), Instrument.LEFS, Occasion.BASELINE);
        outcomes.assigned(theirs.patientId(), Instrument.KUJALA, Occasion.BASELINE);
        String home = page("/portal");
        assertTrue(home.contains("Questionnaires to fill in"), home);
        assertTrue(home.contains("href=\"/portal/measures/" + lefs + "\">Lower Extremity Functional Scale</a>"), home);
        assertFalse(home.contains("Kujala"), "another patient's measure is not listed");
        String list = page("/portal/measures");
        assertTrue(list.contains("href=\"/portal/measures/" + lefs + "\""));
        assertTrue(list.contains("You have not sent any questionnaires yet."));
    }

    @Test
    void answersAreSavedPageByPageAndTheQuestionnaireResumesWhereThePatientStopped() {
        long lefs = outcomes.assigned(mine.patientId(), Instrument.LEFS, Occasion.BASELINE);
        String first = page("/portal/measures/" + lefs);
        assertTrue(first.contains("Page 1 of 4"), first);
        assertTrue(first.contains("Any of your usual work, housework, or school activities."));

        Response next = post(lefs, 1, "NEXT", answers(1, 5, 3));
        assertEquals(303, next.statusCode());
        assertTrue(next.getHeader("Location").endsWith("/portal/measures/" + lefs + "?page=2"), next.getHeader("Location"));

        Response later = post(lefs, 2, "LATER", Map.of("q6", "2", "q7", "4"));
        assertEquals(303, later.statusCode());
        assertTrue(later.getHeader("Location").endsWith("/portal/measures?notice=measure-saved"));
        assertTrue(page("/portal/measures?notice=measure-saved").contains("Your answers are saved."));
        assertEquals(7, answersSaved(lefs));

        // coming back continues on page 2, with the answers given there
        String resumed = page("/portal/measures/" + lefs);
        assertTrue(resumed.contains("Page 2 of 4"), resumed);
        assertTrue(resumed.contains("id=\"q6-2\" name=\"q6\" value=\"2\" checked"), resumed);
        assertTrue(resumed.contains("id=\"q7-4\" name=\"q7\" value=\"4\" checked"));
        assertTrue(page("/portal/measures/" + lefs + "?page=1").contains("id=\"q1-3\" name=\"q1\" value=\"3\" checked"),
                "going back shows the answers saved on page 1");
        assertTrue(page("/portal/measures").contains("started: carry on where you stopped"));

        // going back a page saves this page first, as the browser sends it: every answer on it
        Response back = post(lefs, 2, "BACK", Map.of("q6", "2", "q7", "4", "q8", "1"));
        assertTrue(back.getHeader("Location").endsWith("?page=1"));
        assertEquals(8, answersSaved(lefs));
    }

    @Test
    void aBadAnswerComesBackWithWhatWasTypedAndNothingOfThatPageIsSaved() {
        long visa = outcomes.assigned(mine.patientId(), Instrument.VISA_P, Occasion.BASELINE);

        Response unreadable = post(visa, 1, "NEXT", Map.of("q1", "ten", "q2", "7"));
        assertEquals(422, unreadable.statusCode());
        String html = unreadable.asString();
        assertTrue(html.contains("value=\"ten\""), "the typed value is kept");
        assertTrue(html.contains("value=\"7\""));
        assertTrue(html.contains("id=\"q1-error\">Enter a whole number"), html);

        Response outOfRange = post(visa, 1, "NEXT", Map.of("q1", "5", "q3", "12"));
        assertEquals(422, outOfRange.statusCode());
        String refused = outOfRange.asString();
        assertTrue(refused.contains("id=\"q3-error\">Choose a number from 0 to 10"), refused);
        assertTrue(refused.contains("value=\"12\""));
        assertTrue(refused.contains("value=\"5\""));
        assertEquals(0, db.count("outcome_response", "assignment_id = " + visa), "nothing saved");
    }

    @Test
    void submittingScoresTheAnswersAndWhatWasSubmittedIsNeverChanged() {
        long lefs = outcomes.assigned(mine.patientId(), Instrument.LEFS, Occasion.BASELINE);
        // the set that scores 41, answered over the four pages
        int[] values = {2, 3, 1, 4, 3, 1, 2, 4, 1, 3, 2, 1, 2, 3, 3, 0, 0, 0, 2, 4};
        for (int page = 1; page <= 4; page++) {
            Map<String, String> form = new HashMap<>();
            for (int q = (page - 1) * 5 + 1; q <= page * 5; q++) {
                form.put("q" + q, String.valueOf(values[q - 1]));
            }
            Response saved = post(lefs, page, page == 4 ? "SUBMIT" : "NEXT", form);
            assertEquals(303, saved.statusCode(), saved.asString());
        }
        assertEquals("41.0", db.single("SELECT score FROM outcome_response WHERE assignment_id = " + lefs));
        assertEquals("SUBMITTED", db.single("SELECT status FROM outcome_response WHERE assignment_id = " + lefs));
        assertEquals("PATIENT", db.single("SELECT answered_by FROM outcome_response WHERE assignment_id = " + lefs));
        assertEquals(1, db.count("audit_entry", "action = 'outcome.submit' AND patient_id = " + mine.patientId()));
        assertTrue(page("/portal/measures?notice=measure-submitted").contains("Your answers have been sent"));

        // a second submission, or a page posted again, changes nothing
        Response again = post(lefs, 4, "SUBMIT", Map.of("q16", "4", "q17", "4", "q18", "4", "q19", "4", "q20", "4"));
        assertEquals(303, again.statusCode());
        assertEquals("41.0", db.single("SELECT score FROM outcome_response WHERE assignment_id = " + lefs));
        assertEquals("0", db.single("SELECT answer_value FROM outcome_answer a JOIN outcome_response r"
                + " ON r.id = a.response_id WHERE r.assignment_id = " + lefs + " AND a.item_key = 'q16'"));
        assertEquals(1, db.count("outcome_response", "assignment_id = " + lefs));
        String answered = page("/portal/measures/" + lefs);
        assertTrue(answered.contains("Your answers"), answered);
        assertTrue(answered.contains("Extreme difficulty or unable to perform activity"));
        assertFalse(answered.contains("<form method=\"post\" action=\"/portal/measures/" + lefs));
    }

    @Test
    void submittingWithQuestionsOpenShowsTheFirstPageThatNeedsAnAnswerAndKeepsEverythingSaved() {
        long lefs = outcomes.assigned(mine.patientId(), Instrument.LEFS, Occasion.BASELINE);
        outcomes.draft(lefs, IntStream.rangeClosed(1, 5).mapToObj(q -> Scoring.Answer.of("q" + q, 3)).toList());
        Response submit = post(lefs, 4, "SUBMIT", answers(16, 20, 2));
        assertEquals(422, submit.statusCode());
        String html = submit.asString();
        assertTrue(html.contains("Page 2 of 4"), html);
        assertTrue(html.contains("Some questions are not answered yet"));
        assertTrue(html.contains("id=\"q6-error\">Answer this question"));
        assertEquals(10, answersSaved(lefs), "page 4's answers were saved before submitting");
        assertEquals("DRAFT", db.single("SELECT status FROM outcome_response WHERE assignment_id = " + lefs));
    }

    @Test
    void anotherPatientsMeasureIsNotFoundAndStaysUntouched() {
        long theirMeasure = outcomes.assigned(theirs.patientId(), Instrument.NPRS, Occasion.BASELINE);
        outcomes.assigned(mine.patientId(), Instrument.NPRS, Occasion.BASELINE);
        assertEquals(404, given().accept("text/html").when().get("/portal/measures/" + theirMeasure).statusCode());
        assertEquals(404, post(theirMeasure, 1, "SUBMIT", Map.of("pain", "3")).statusCode());
        assertEquals(0, db.count("outcome_response", "assignment_id = " + theirMeasure));
        assertTrue(db.count("audit_entry", "outcome = 'DENIED' AND action LIKE 'outcome.%' AND record_id = "
                + theirMeasure) >= 2, "each attempt is audited as denied");
    }

    @Test
    void inSpanishTheClinicsTranslationIsShownAndTheValidatedOnesWaitInTheOriginal() {
        long nprs = outcomes.assigned(mine.patientId(), Instrument.NPRS, Occasion.BASELINE);
        long lefs = outcomes.assigned(mine.patientId(), Instrument.LEFS, Occasion.BASELINE);
        String spanish = given().accept("text/html").header("Accept-Language", "es").when()
                .get("/portal/measures/" + nprs).then().statusCode(200).extract().asString();
        assertTrue(spanish.contains("El dolor de su rodilla ahora mismo"), spanish);
        assertTrue(spanish.contains("Página 1 de 1"));
        assertFalse(spanish.contains("lang=\"en\""));
        String original = given().accept("text/html").header("Accept-Language", "es").when()
                .get("/portal/measures/" + lefs).then().statusCode(200).extract().asString();
        assertTrue(original.contains("<h1 lang=\"en\">Lower Extremity Functional Scale</h1>"), original);
        assertTrue(original.contains("hasta que la clínica disponga de su versión validada en español"));
        assertTrue(original.contains("Guardar y seguir"));
    }

    private String page(String path) {
        return given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    private Response post(long measure, int page, String action, Map<String, String> answers) {
        Map<String, Object> form = new HashMap<>(answers);
        form.put("page", String.valueOf(page));
        form.put("action", action);
        return FormClient.open("/portal/warning").post("/portal/measures/" + measure + "/answers", form);
    }

    private long answersSaved(long measure) {
        return db.count("outcome_answer", "response_id IN (SELECT id FROM outcome_response WHERE assignment_id = "
                + measure + " AND status = 'DRAFT')");
    }

    /** Choice answers for questions {@code from} to {@code to}, all the same value. */
    private static Map<String, String> answers(int from, int to, int value) {
        Map<String, String> form = new HashMap<>();
        for (int q = from; q <= to; q++) {
            form.put("q" + q, String.valueOf(value));
        }
        return form;
    }
}
