package com.kneerehab.records.clinic;

import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole visit done through the clinician's HTML forms, as a browser without JavaScript posts them. */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class VisitPagesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private static long idFrom(Response redirect, String prefix) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        String location = redirect.header("Location");
        String rest = location.substring(location.indexOf(prefix) + prefix.length());
        return Long.parseLong(rest.replaceAll("[^0-9].*$", ""));
    }

    private static Map<String, Object> patientForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("givenName", "Ada");
        form.put("familyName", "Runner");
        form.put("dateOfBirth", "1990-02-03");
        form.put("sex", "FEMALE");
        form.put("affectedSide", "RIGHT");
        form.put("referralNotes", "Pain on stairs.");
        return form;
    }

    private long registerPatient() {
        Response r = FormClient.open("/clinic/patients/new").post("/clinic/patients", patientForm());
        return idFrom(r, "/clinic/patients/");
    }

    @Test
    void registrationFormShowsEachFieldsMessageKeepsWhatWasTypedAndSavesNothing() {
        Map<String, Object> form = patientForm();
        form.put("givenName", "");
        form.put("dateOfBirth", "03/02/1990");
        form.put("email", "nope");
        Response r = FormClient.open("/clinic/patients/new").post("/clinic/patients", form);
        assertEquals(422, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("Enter the given name"), html);
        assertTrue(html.contains("Enter a date as yyyy-mm-dd"));
        assertTrue(html.contains("Enter a valid email address"));
        assertTrue(html.contains("value=\"Runner\""), "keeps the typed family name");
        assertTrue(html.contains("value=\"03/02/1990\""), "keeps the unreadable date as typed");
        assertEquals(0, db.count("patient"));
    }

    @Test
    void formsWithoutTheAntiForgeryTokenAreRefused() {
        given().accept("text/html").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(patientForm())
                .when().post("/clinic/patients")
                .then().statusCode(400);
        assertEquals(0, db.count("patient"));
    }

    @Test
    void walksAWholeVisitThroughTheForms() {
        long patient = registerPatient();
        given().accept("text/html").when().get("/clinic/patients/{id}", patient)
                .then().statusCode(200).body(containsString("Ada Runner"));

        FormClient start = FormClient.open("/clinic/evaluations/new?patient=" + patient);
        long evaluation = idFrom(start.post("/clinic/evaluations",
                Map.of("patientId", patient, "visitDate", LocalDate.now().toString())), "/clinic/evaluations/");
        String page = "/clinic/evaluations/" + evaluation;
        FormClient forms = FormClient.open(page);

        // out of order: the knee axis cannot be completed first
        Response refused = forms.post(page + "/steps/knee-axis", Map.of("version", 0, "complete", "true",
                "offAxis", "true", "tracking", "LATERAL", "manualTherapy", "false"));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("Complete the “Ribcage alignment” step")
                || refused.asString().contains("Complete the &quot;Ribcage alignment&quot; step"), refused.asString());
        assertEquals("0", db.single("SELECT version FROM evaluation WHERE id = " + evaluation));

        idFrom(forms.post(page + "/steps/ribcage", Map.of("version", 0, "complete", "true", "alignment", "ROTATED",
                "side", "RIGHT", "notes", "Rotated right.")), "/clinic/evaluations/");

        // an unreadable number comes back with its message and as typed
        Map<String, Object> hip = new HashMap<>(Map.of("version", 1, "complete", "true", "extensionLeft", "ten",
                "extensionRight", "12", "internalRotationLeft", "30", "internalRotationRight", "31",
                "externalRotationLeft", "40", "externalRotationRight", "41"));
        hip.put("motion", "PELVIC_DROP");
        Response bad = forms.post(page + "/steps/hip", hip);
        assertEquals(422, bad.statusCode());
        assertTrue(bad.asString().contains("Enter a whole number"));
        assertTrue(bad.asString().contains("value=\"ten\""));

        hip.put("extensionLeft", "10");
        idFrom(forms.post(page + "/steps/hip", hip), "/clinic/evaluations/");
        idFrom(forms.post(page + "/steps/foot-ankle", Map.of("version", 2, "complete", "true",
                "dorsiflexionLeft", "35", "dorsiflexionRight", "36", "midfootMobility", "HYPERMOBILE",
                "footPosture", "PRONATED")), "/clinic/evaluations/");
        idFrom(forms.post(page + "/steps/knee-axis", Map.of("version", 3, "complete", "true", "offAxis", "true",
                "tracking", "LATERAL", "manualTherapy", "true")), "/clinic/evaluations/");

        Response assessment = forms.post(page + "/assessment", Map.of("version", 4, "symptomSide", "RIGHT",
                "painScore", "5", "primarySource", "TENDON", "diagnosis", "PATELLAR_TENDINOPATHY",
                "symptoms", "JUMP_RUN_PAIN"), "painSources", "TENDON", "FAT_PAD");
        idFrom(assessment, "/clinic/evaluations/");
        idFrom(forms.post(page + "/sign", Map.of("version", 5)), "/clinic/evaluations/");
        given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString("Signed by <strong>clinician</strong>"));

        Response afterSigning = forms.post(page + "/steps/ribcage", Map.of("version", 6, "alignment", "NEUTRAL"));
        assertEquals(409, afterSigning.statusCode());
        assertEquals("ROTATED", db.single("SELECT ribcage_alignment FROM evaluation WHERE id = " + evaluation));
        idFrom(forms.post(page + "/addenda", Map.of("text", "Tracking re-checked standing.", "reason", "Follow-up")),
                "/clinic/evaluations/");
        given().accept("text/html").when().get(page).then().body(containsString("Tracking re-checked standing."));

        // prescribe from the library, then revise starting from a copy of the plan
        FormClient planForm = FormClient.open("/clinic/plans/new?patient=" + patient);
        Map<String, Object> plan = new HashMap<>(Map.of("patientId", patient, "evaluationId", evaluation,
                "startDate", LocalDate.now().toString(), "reviewDate", LocalDate.now().plusWeeks(6).toString(),
                "goals", "Stairs without pain.", "include-1", "true", "include-3", "true"));
        for (long id : new long[] {1, 3}) {
            plan.putAll(Map.of("sets-" + id, "2", "repetitions-" + id, "12", "holdSeconds-" + id, "0",
                    "sessionsPerDay-" + id, "1", "sessionsPerWeek-" + id, "5", "durationWeeks-" + id, "6"));
        }
        long first = idFrom(planForm.post("/clinic/plans", plan), "/clinic/plans/");

        String revisionForm = given().accept("text/html").when().get("/clinic/plans/new?patient=" + patient)
                .then().statusCode(200).extract().asString();
        assertTrue(revisionForm.contains("name=\"revises\" value=\"" + first + "\""), "the revision starts from the plan");
        assertTrue(revisionForm.contains("id=\"include-3\" name=\"include-3\" value=\"true\" checked"));
        plan.put("revises", first);
        plan.put("version", 0);
        plan.put("sets-3", "4");
        long second = idFrom(FormClient.open("/clinic/plans/new?patient=" + patient).post("/clinic/plans", plan),
                "/clinic/plans/");
        given().accept("text/html").when().get("/clinic/plans/{id}", second).then().statusCode(200)
                .body(containsString("Internal knee brace (endurance): 2 sets of 12"))
                .body(containsString("4 sets of 12"));
        assertEquals("SUPERSEDED", db.single("SELECT status FROM treatment_plan WHERE id = " + first));
        given().accept("text/html").when().get("/clinic/patients/{id}", patient).then()
                .body(containsString("Plan 2"))
                .body(containsString("superseded"));
    }

    @Test
    void planFormShowsDosageMessagesNextToTheExercise() {
        long patient = registerPatient();
        long evaluation = com.kneerehab.records.Fixtures.aSignedEvaluation(patient);
        FormClient forms = FormClient.open("/clinic/plans/new?patient=" + patient);
        Map<String, Object> plan = new HashMap<>(Map.of("patientId", patient, "evaluationId", evaluation,
                "startDate", LocalDate.now().toString(), "reviewDate", LocalDate.now().plusWeeks(6).toString(),
                "goals", "Stairs.", "include-2", "true", "sets-2", "99", "repetitions-2", "10",
                "holdSeconds-2", "0", "sessionsPerDay-2", "1"));
        plan.put("sessionsPerWeek-2", "5");
        plan.put("durationWeeks-2", "6");
        Response r = forms.post("/clinic/plans", plan);
        assertEquals(422, r.statusCode());
        assertTrue(r.asString().contains("id=\"sets-2-error\">Between 1 and 10"), r.asString());
        assertEquals(0, db.count("treatment_plan"));
    }
}
