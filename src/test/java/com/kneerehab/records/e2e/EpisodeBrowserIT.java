package com.kneerehab.records.e2e;

import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.exercise.Exercise;
import com.kneerehab.records.exercise.ExerciseInput;
import com.kneerehab.records.exercise.ExerciseService;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static com.kneerehab.records.e2e.KeycloakServer.PATIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prescription stays as prescribed and an episode of care ends, in two real browsers signed in on the
 * clinic's real Keycloak (the clinician with a one-time code): the clinician rewrites a library exercise the patient's plan uses, and the patient's plan
 * still reads as prescribed; then the clinician discharges the patient, and the portal shows the discharge
 * summary and no longer offers session logging. Portal pages are scanned with axe and saved as screenshots.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class EpisodeBrowserIT {

    static final String PRESCRIBED = "Lean your back against a wall and slide down a little.";
    static final String REWRITTEN = "Slide down until the knees are bent at a right angle.";

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    ExerciseService library;

    @Inject
    PlanService plans;

    PortalFixtures.Linked patient;
    Exercise wallSit;
    long revisedPlan;

    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db.reset();
        // Keycloak's patient signs in to this record
        patient = fixtures.patientWithPlan(PATIENT.username(), "Episode");
        DosageInput dosage = new DosageInput(3, 5, 30, 1, 5, 6);
        wallSit = library.create(new ExerciseInput("Wall sit", "Quadriceps endurance without running.",
                "Quadriceps", "1. " + PRESCRIBED + "\n2. Hold, then stand up slowly.", dosage, null, null));
        revisedPlan = plans.revise(patient.planId(), new PlanInput(patient.patientId(), patient.evaluationId(), LocalDate.now(),
                LocalDate.now().plusWeeks(6), "Stairs without pain.",
                List.of(new PlanInput.Item(wallSit.id, dosage, null)), 0)).id;
    }

    @Test
    void aLibraryEditLeavesThePlanAsPrescribedAndADischargeEndsSessionLogging() {
        try (Browser portal = Browser.open(app); Browser clinician = Browser.open(app)) {
            KeycloakSignIn.signIn(portal, PATIENT);
            KeycloakSignIn.signIn(clinician, CLINICIAN);

            portal.go("/portal");
            String exercise = portal.text(By.cssSelector("article.exercise"));
            assertTrue(exercise.contains("Wall sit") && exercise.contains(PRESCRIBED), exercise);
            checkPage(portal, "e1-portal-plan-as-prescribed");

            // the clinician rewrites the library exercise the plan uses
            clinician.go("/clinic/exercises/" + wallSit.id + "/edit");
            clinician.type(By.id("name"), "Wall sit, deep");
            clinician.type(By.id("instructions"), "1. " + REWRITTEN + "\n2. Hold for 45 seconds.");
            clinician.submit(By.cssSelector("form[action='/clinic/exercises/" + wallSit.id + "'] button[type=submit]"));
            assertTrue(clinician.text(By.tagName("main")).contains("Wall sit, deep"), "the library has the new text");

            // the patient's plan reads as prescribed
            portal.go("/portal");
            exercise = portal.text(By.cssSelector("article.exercise"));
            assertTrue(exercise.contains(PRESCRIBED), exercise);
            assertFalse(exercise.contains("Wall sit, deep") || exercise.contains(REWRITTEN), exercise);
            checkPage(portal, "e2-portal-plan-after-library-edit");

            // the clinician discharges the patient from the chart
            clinician.go("/clinic/patients/" + patient.patientId());
            clinician.click(By.linkText("Discharge or re-refer"), "/clinic/episodes");
            clinician.find(By.id("reason-GOALS_MET")).click();
            clinician.type(By.id("note"), "Keep the wall sit twice a week before long runs.");
            clinician.submit(By.cssSelector("form[action$='/discharge'] button[type=submit]"));
            assertEquals("/clinic/patients/" + patient.patientId(), clinician.path().replaceFirst("\\?.*", ""));
            assertTrue(clinician.text(By.cssSelector("p.notice")).contains("The patient is discharged"));
            assertTrue(clinician.text(By.cssSelector("p.discharged")).contains("Goals met"));
            clinician.screenshot("e3-clinic-chart-discharged");

            // the portal shows the summary and no longer asks for sessions
            portal.go("/portal");
            String summary = portal.text(By.cssSelector("section.discharge-summary"));
            assertTrue(summary.contains("Your course of treatment has ended"), summary);
            assertTrue(summary.contains("The goals of your treatment were met"), summary);
            assertTrue(summary.contains("Keep the wall sit twice a week before long runs."), summary);
            assertTrue(portal.all(By.linkText("Log a session")).isEmpty(), "no session logging after a discharge");
            checkPage(portal, "e4-portal-discharge-summary");

            portal.go("/portal/sessions/new");
            assertTrue(portal.text(By.cssSelector("p.alert")).contains("sessions are no longer logged"));
            assertTrue(portal.all(By.cssSelector("form[action='/portal/sessions']")).isEmpty(), "no session form");
            checkPage(portal, "e5-portal-sessions-ended");

            portal.go("/portal/plans");
            portal.click(By.linkText("Plan 2"), "/portal/plans/" + revisedPlan);
            assertTrue(portal.text(By.cssSelector("p.not-current")).contains("when your course of treatment ended"));
            checkPage(portal, "e6-portal-ended-plan");
        }
        assertTrue(accessibilityProblems.isEmpty(), "Serious or critical accessibility problems:\n"
                + String.join("\n", accessibilityProblems));
    }

    private void checkPage(Browser browser, String name) {
        browser.screenshot(name);
        accessibilityProblems.addAll(Axe.seriousViolations(browser, name));
    }
}
