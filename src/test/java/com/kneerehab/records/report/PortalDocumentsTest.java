package com.kneerehab.records.report;

import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.plan.PlanInput;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The patient downloads their own handout and current plan, in their language, and never another's. */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PortalDocumentsTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    PlanService plans;

    PortalFixtures.Linked mine;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
        fixtures.patientWithPlan("other", "Theirs");
    }

    private byte[] download(String path, String language) {
        return given().accept("application/pdf").header("Accept-Language", language).when().get(path)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void theHandoutHasTheSafetyNoticeAndEachExercisesSteps() {
        byte[] pdf = download("/portal/documents/handout", "en");
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Pat Mine"), text);
        assertFalse(text.contains("Theirs"), text);
        assertTrue(text.contains("Before you exercise"), text);
        assertTrue(text.contains("Slowly."), text);
        Pdfs.assertAccessible(pdf, "en", "Exercise handout");
        assertEquals(1, db.count("audit_entry", "action = 'portal.handout.download' AND patient_id = "
                + mine.patientId()));
    }

    @Test
    void aSpanishPatientGetsThemInSpanish() {
        byte[] handout = download("/portal/documents/handout", "es");
        assertTrue(Pdfs.text(handout).contains("Antes de hacer ejercicio"), Pdfs.text(handout));
        Pdfs.assertAccessible(handout, "es", "Hoja de ejercicios");
        Pdfs.screenshot(handout, "pdf-exercise-handout-es");
        byte[] plan = download("/portal/documents/plan", "es");
        assertTrue(Pdfs.text(plan).contains("vigente"), Pdfs.text(plan));
        Pdfs.assertAccessible(plan, "es", "Plan 1");
    }

    @Test
    void onlyTheCurrentPlanIsPrinted() {
        QuarkusTransaction.requiringNew().run(() -> {
            var old = plans.require(mine.planId());
            plans.revise(mine.planId(), new PlanInput(mine.patientId(), mine.evaluationId(), LocalDate.now(),
                    LocalDate.now().plusWeeks(4), "Run further.",
                    List.of(new PlanInput.Item(3L, new DosageInput(2, 8, 5, 1, 4, 4), null)), old.version));
        });
        String text = Pdfs.text(download("/portal/documents/plan", "en"));
        assertTrue(text.contains("Plan 2") && text.contains("Run further."), text);
        assertFalse(text.contains("superseded"), text);
    }
}
