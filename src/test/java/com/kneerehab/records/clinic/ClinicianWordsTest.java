package com.kneerehab.records.clinic;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.evaluation.Choices;
import com.kneerehab.records.evaluation.EvaluationMessages;
import com.kneerehab.records.evaluation.EvaluationStep;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.PlanMessages;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words of the evaluation, plan, patient and alert features come from their message bundles: every choice has
 * its own label, a step's missing findings and the features' refusals read as the bundles write them, and
 * the pages show the bundles' words with the person's own text escaped once.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ClinicianWordsTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private static EvaluationMessages evaluation() {
        return MessageBundles.get(EvaluationMessages.class);
    }

    @Test
    void everyChoiceAndStepHasALabelOfItsOwn() {
        List<Class<? extends Labelled>> lists = List.of(Choices.RibcageAlignment.class, Choices.HipMotion.class,
                Choices.MidfootMobility.class, Choices.FootPosture.class, Choices.KneecapTracking.class,
                Choices.Symptom.class, Choices.PainSource.class, Choices.Diagnosis.class, EvaluationStep.class,
                Patient.Sex.class, Patient.Status.class, ClinicianAlert.Kind.class,
                com.kneerehab.records.alert.AcknowledgementAction.class, com.kneerehab.records.worklist.Reason.class);
        List<String> problems = new ArrayList<>();
        for (Class<? extends Labelled> list : lists) {
            Set<String> seen = new HashSet<>();
            for (Labelled choice : list.getEnumConstants()) {
                String label = choice.label();
                if (label == null || label.isBlank() || label.equals(choice.name()) || !seen.add(label)) {
                    problems.add(list.getSimpleName() + "." + choice.name() + " -> \"" + label + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), "Choices without a label of their own: " + problems);
        assertEquals("Thigh collapses into internal rotation", Choices.HipMotion.COLLAPSES_INWARD.label());
        assertEquals("Not disclosed", Patient.Sex.UNDISCLOSED.label());
        assertEquals("Foot and ankle", EvaluationStep.FOOT_ANKLE.label());
        assertEquals("foot-ankle", EvaluationStep.FOOT_ANKLE.slug());
    }

    @Test
    void aStepsMissingFindingsAndTheTopDownRuleReadAsTheBundleWritesThem() {
        long patient = Fixtures.aPatient();
        long id = Fixtures.anEvaluation(patient);
        given().contentType(ContentType.JSON).body(Fixtures.kneeAxis(0, true))
                .when().put("/api/v1/evaluations/{id}/steps/knee-axis", id)
                .then().statusCode(409)
                .body("detail", equalTo(evaluation().topDown("Ribcage alignment", "Knee axis")));
        Map<String, Object> ribcage = Fixtures.ribcage(0, true);
        ribcage.remove("alignment");
        given().contentType(ContentType.JSON).body(ribcage)
                .when().put("/api/v1/evaluations/{id}/steps/ribcage", id)
                .then().statusCode(422)
                .body("detail", equalTo("The \"Ribcage alignment\" step cannot be completed yet."))
                .body("errors.find { it.field == 'alignment' }.message", equalTo("Record the ribcage alignment"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/evaluations/{id}/signature", id)
                .then().statusCode(409)
                .body("detail", equalTo("Only a complete evaluation can be signed. Still needed: Complete the"
                        + " \"Ribcage alignment\" step; Complete the \"Hip extension and rotation\" step; Complete the"
                        + " \"Foot and ankle\" step; Complete the \"Knee axis\" step; Record the pain score; Mark at"
                        + " least one suspected pain source; Mark the primary pain source; Record the working"
                        + " diagnosis."));
    }

    @Test
    void thePagesShowTheBundlesWordsAndThePersonsTextEscapedOnce() {
        long patient = Fixtures.aPatient("Ann & <Bo>", "O'Hara");
        long id = Fixtures.anEvaluation(patient);
        String page = given().accept("text/html").when().get("/clinic/evaluations/{id}", id)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains(evaluation().assessment()), "assessment heading");
        assertTrue(page.contains(Choices.HipMotion.COLLAPSES_INWARD.label()), "the hip's choices");
        assertTrue(page.contains(evaluation().hipExternalRotationRightLabel()), "the hip's field labels");
        assertTrue(page.contains("Ann &amp; &lt;Bo&gt;"), "the patient's name, escaped");
        assertFalse(page.contains("&amp;amp;") || page.contains("&amp;lt;"), "escaped once, not twice");
        assertFalse(page.contains("<Bo>"), "never raw");

        String list = given().accept("text/html").queryParam("q", "O'Hara").when().get("/clinic/patients")
                .then().statusCode(200).extract().asString();
        assertTrue(list.contains("1 patient matching “O&#39;Hara”"), list);
        Fixtures.aPatient("Bea", "O'Hara");
        list = given().accept("text/html").queryParam("q", "O'Hara").when().get("/clinic/patients")
                .then().statusCode(200).extract().asString();
        assertTrue(list.contains("2 patients matching"), "two patients, plural");

        long signed = Fixtures.aSignedEvaluation(Fixtures.aPatient("Cy", "Plan"));
        String form = given().accept("text/html").when().get("/clinic/plans/new?patient={p}",
                        db.single("SELECT patient_id FROM evaluation WHERE id = " + signed))
                .then().statusCode(200).extract().asString();
        PlanMessages plan = MessageBundles.get(PlanMessages.class);
        assertTrue(form.contains(plan.prescribe()) && form.contains(plan.sessionsPerWeek()), "the plan form's words");
    }
}
