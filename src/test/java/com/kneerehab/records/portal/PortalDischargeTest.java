package com.kneerehab.records.portal;

import com.kneerehab.records.episode.DischargeInput;
import com.kneerehab.records.episode.DischargeReason;
import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.episode.EpisodeView;
import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal after a discharge: a summary and the history to read, no more session logging; and a plan that
 * is no longer current opens only as history, never as a printable current plan.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PortalDischargeTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    EpisodeService episodes;

    @Inject
    PlanService plans;

    PortalFixtures.Linked mine;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
    }

    private void discharge() {
        EpisodeView open = episodes.currentEpisode(mine.patientId()).orElseThrow();
        episodes.discharge(open.id(), new DischargeInput(TODAY, DischargeReason.GOALS_MET, null,
                "Keep the brace exercise twice a week.", open.version()));
    }

    @Test
    void theHomePageShowsTheDischargeSummaryAndNoLongerAsksForSessions() {
        discharge();
        String html = given().accept("text/html").when().get("/portal").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Your course of treatment has ended"), html);
        assertTrue(html.contains("The goals of your treatment were met"));
        assertTrue(html.contains("Keep the brace exercise twice a week."));
        assertTrue(html.contains("href=\"/portal/plans\""), "the history stays readable");
        assertFalse(html.contains("href=\"/portal/sessions/new\""), "no session logging after a discharge");
        assertEquals(1, db.count("audit_entry", "action = 'portal.episode.read' AND patient_id = " + mine.patientId()));

        String progress = given().accept("text/html").when().get("/portal/progress").then().statusCode(200)
                .extract().asString();
        assertFalse(progress.contains("href=\"/portal/sessions/new\""));

        String form = given().accept("text/html").when().get("/portal/sessions/new").then().statusCode(200)
                .extract().asString();
        assertTrue(form.contains("sessions are no longer logged"), form);
        assertFalse(form.contains("action=\"/portal/sessions\""), "no session form");
    }

    @Test
    void theSummaryIsInSpanishForASpanishReader() {
        discharge();
        String html = given().accept("text/html").header("Accept-Language", "es").when().get("/portal")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("Su tratamiento ha terminado"), html);
        assertTrue(html.contains("Se alcanzaron los objetivos de su tratamiento"));
    }

    @Test
    void theSessionApiRefusesWithAProblemThatSaysWhy() {
        discharge();
        Map<String, Object> body = Map.of("submissionId", "after-discharge", "sessionDate", TODAY.toString(),
                "exercisesDone", List.of(1), "painBefore", 2, "painAfter", 1);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/sessions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Treatment ended"))
                .body("detail", containsString("sessions are no longer logged"));
        assertEquals(0, db.count("session_log", "patient_id = " + mine.patientId()));
        assertEquals(1, db.count("audit_entry", "action = 'portal.session.create' AND outcome = 'DENIED'"));
    }

    @Test
    void theSessionFormRefusesWithTheSameWords() {
        FormClient client = FormClient.open("/portal/sessions/new");
        discharge();
        Response sent = client.post("/portal/sessions", Map.of("submissionId", "form-after", "sessionDate",
                TODAY.toString(), "painBefore", "2", "painAfter", "1"), "exercisesDone", "1");
        assertEquals(409, sent.statusCode());
        assertTrue(sent.asString().contains("sessions are no longer logged"));
        assertEquals(0, db.count("session_log", "patient_id = " + mine.patientId()));
    }

    @Test
    void anEarlierPlanOpensAsHistoryAndDoesNotPrintAsCurrent() {
        long revised = plans.revise(mine.planId(), new PlanInput(mine.patientId(), mine.evaluationId(), TODAY,
                TODAY.plusWeeks(6), "Further.", List.of(new PlanInput.Item(2L, new DosageInput(2, 8, 5, 1, 4, 6), null)),
                0)).id;
        given().accept("text/html").redirects().follow(false).when().get("/portal/plans/{id}/print", mine.planId())
                .then().statusCode(303).header("Location", containsString("/portal/plans/" + mine.planId()));
        String history = given().accept("text/html").when().get("/portal/plans/{id}", mine.planId())
                .then().statusCode(200).extract().asString();
        assertTrue(history.contains("This plan is not current."));
        assertTrue(history.contains("cannot be printed as one"));
        assertFalse(history.contains("print-view"));
        given().accept("text/html").when().get("/portal/plans/{id}/print", revised).then().statusCode(200)
                .body(containsString("print-view"));
    }

    @Test
    void aPlanEndedByTheDischargeSaysSo() {
        discharge();
        String ended = given().accept("text/html").when().get("/portal/plans/{id}", mine.planId())
                .then().statusCode(200).extract().asString();
        assertTrue(ended.contains("when your course of treatment ended"), ended);
        given().accept("text/html").redirects().follow(false).when().get("/portal/plans/{id}/print", mine.planId())
                .then().statusCode(303);
    }
}
