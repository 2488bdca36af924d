package com.kneerehab.records.evaluation;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.Records;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation page's one form of steps, with and without its script, and the marks a record can carry. */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class EvaluationPageTest {

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private static Map<String, Object> typed(int version) {
        Map<String, Object> form = new HashMap<>();
        form.put("version", version);
        form.put("editor", "page-1");
        form.put("ribcage.alignment", "FLARED");
        form.put("ribcage.side", "LEFT");
        form.put("hip.extensionLeft", "11");
        form.put("hip.motion", "PELVIC_DROP");
        return form;
    }

    @Test
    void everyFindingIsAFieldOfThePageDrawnFromItsFindingsClass() {
        long id = Fixtures.anEvaluation(Fixtures.aPatient());
        String page = given().accept("text/html").when().get("/clinic/evaluations/{id}", id)
                .then().statusCode(200).extract().asString();
        for (EvaluationStep step : EvaluationStep.values()) {
            for (StepFields.StepField field : StepFields.of(step)) {
                assertTrue(page.contains("name=\"" + field.inputName() + "\""), field.inputName() + " is on the page");
            }
        }
        assertTrue(page.contains("min=\"-20\""));
        assertTrue(page.contains("id=\"step-status\""), "the step status is on the page");
        assertTrue(page.contains("hx-post=\"/clinic/evaluations/" + id + "/steps\""));
        assertTrue(page.contains("htmx-config"));
    }

    @Test
    void withoutScriptOneButtonSavesEveryStepTypedAndCompletesItsOwn() {
        long id = Fixtures.anEvaluation(Fixtures.aPatient());
        FormClient forms = FormClient.open("/clinic/evaluations/" + id);
        Map<String, Object> form = typed(0);
        form.put("complete", "ribcage");
        Response saved = forms.post("/clinic/evaluations/" + id + "/steps", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").contains("notice=step-completed"));
        assertEquals("1", db.single("SELECT ribcage_complete FROM evaluation WHERE id = " + id));
        assertEquals("11", db.single("SELECT hip_extension_left FROM evaluation WHERE id = " + id));
        assertEquals("0", db.single("SELECT hip_complete FROM evaluation WHERE id = " + id));
        given().accept("text/html").when().get("/clinic/evaluations/{id}", id).then()
                .body(containsString("value=\"11\""))
                .body(containsString("Current step: Hip extension and rotation"));
    }

    @Test
    void withoutScriptARefusedCompletionComesBackWithEverythingTyped() {
        long id = Fixtures.anEvaluation(Fixtures.aPatient());
        FormClient forms = FormClient.open("/clinic/evaluations/" + id);
        Map<String, Object> form = typed(0);
        form.put("hip.extensionRight", "ninety");
        form.put("complete", "hip");
        Response again = forms.post("/clinic/evaluations/" + id + "/steps", form);
        assertEquals(422, again.statusCode());
        assertTrue(again.asString().contains("value=\"ninety\""));
        assertTrue(again.asString().contains("value=\"11\""));
        assertTrue(again.asString().contains("id=\"hip.extensionRight-error\""), again.asString());
        assertEquals(null, db.single("SELECT hip_extension_left FROM evaluation WHERE id = " + id));
    }

    @Test
    void theScriptsSaveAnswersWithTheStatusAndTheNewVersion() {
        long id = Fixtures.anEvaluation(Fixtures.aPatient());
        FormClient forms = FormClient.open("/clinic/evaluations/" + id);
        Response saved = forms.postWithHeader("/clinic/evaluations/" + id + "/steps", typed(0), "HX-Request", "true");
        assertEquals(200, saved.statusCode(), saved.asString());
        String body = saved.asString();
        assertTrue(body.contains("id=\"step-status\""));
        assertTrue(body.contains("Saved at"));
        assertTrue(body.contains("id=\"version-steps\" name=\"version\" value=\"1\" hx-swap-oob=\"true\""), body);
        assertEquals("0", db.single("SELECT ribcage_complete FROM evaluation WHERE id = " + id),
                "a save as typed never completes a step");
        assertEquals("PELVIC_DROP", db.single("SELECT hip_motion FROM evaluation WHERE id = " + id));

        Map<String, Object> bad = typed(1);
        bad.put("hip.extensionLeft", "200");
        Response refused = forms.postWithHeader("/clinic/evaluations/" + id + "/steps", bad, "HX-Request", "true");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Not saved"), refused.asString());
        assertEquals("11", db.single("SELECT hip_extension_left FROM evaluation WHERE id = " + id));
    }

    @Test
    void anEditOfSignedContentInTheDatabaseIsReportedOnThePage() {
        long id = Fixtures.aSignedEvaluation(Fixtures.aPatient());
        given().accept("text/html").when().get("/clinic/evaluations/{id}", id).then().statusCode(200)
                .body(not(containsString("no longer matches its seal")));
        db.execute("UPDATE evaluation SET pain_score = 2 WHERE id = " + id);
        given().accept("text/html").when().get("/clinic/evaluations/{id}", id).then().statusCode(200)
                .body(containsString("no longer matches its seal"));
    }

    @Test
    void aDraftIsHandedOverAndAnotherDiscardedThroughThePage() {
        records.account("colleague", "Dr Colleague", Roles.CLINICIAN, null);
        long patient = Fixtures.aPatient();
        long handed = Fixtures.anEvaluation(patient);
        FormClient forms = FormClient.open("/clinic/evaluations/" + handed);
        given().accept("text/html").when().get("/clinic/evaluations/{id}", handed).then()
                .body(containsString("Dr Colleague"));
        Response over = forms.post("/clinic/evaluations/" + handed + "/handover", Map.of("version", 0, "to", "colleague"));
        assertEquals(303, over.statusCode(), over.asString());
        given().accept("text/html").when().get("/clinic/evaluations/{id}", handed).then()
                .body(containsString("Handed over by clinician to Dr Colleague"))
                .body(containsString("being recorded by Dr Colleague"));

        long discarded = Fixtures.anEvaluation(patient);
        Response noReason = forms.post("/clinic/evaluations/" + discarded + "/discard", Map.of("version", 0));
        assertEquals(422, noReason.statusCode());
        Response gone = forms.post("/clinic/evaluations/" + discarded + "/discard",
                Map.of("version", 0, "reason", "Duplicate of today's visit"));
        assertEquals(303, gone.statusCode());
        given().accept("text/html").when().get("/clinic/evaluations/{id}", discarded).then()
                .body(containsString("Duplicate of today&#39;s visit"));
        given().when().get("/api/v1/evaluations?patientId=" + patient).then().statusCode(200)
                .body(not(containsString("\"id\":" + discarded + ",")));
    }

    @Test
    void aSignedEvaluationIsMarkedEnteredInErrorThroughThePage() {
        long patient = Fixtures.aPatient();
        long id = Fixtures.aSignedEvaluation(patient);
        FormClient forms = FormClient.open("/clinic/evaluations/" + id);
        Response marked = forms.post("/clinic/evaluations/" + id + "/entered-in-error",
                Map.of("version", Fixtures.version(id), "reason", "Wrong patient"));
        assertEquals(303, marked.statusCode(), marked.asString());
        given().accept("text/html").when().get("/clinic/evaluations/{id}", id).then()
                .body(containsString("Entered in error"));
        given().accept("text/html").when().get("/clinic/patients/{id}", patient).then().statusCode(200)
                .body(not(containsString("/clinic/evaluations/" + id + "\"")))
                .body(containsString("/clinic/evaluations?patient=" + patient));
        given().accept("text/html").when().get("/clinic/evaluations?patient=" + patient).then().statusCode(200)
                .body(containsString("/clinic/evaluations/" + id + "\""))
                .body(containsString("entered in error"));
    }
}
