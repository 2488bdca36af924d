package com.kneerehab.records.chart;

import com.kneerehab.records.Records;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.portal.WarningSymptom;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinician's chart draws pain and adherence with the plan's start and the warning report on the time
 * line, and each outcome measure with its baseline band and its sentence; the portal draws the same progress
 * for the patient. One audit line covers the chart's whole read.
 */
@QuarkusTest
class ChartPageChartsTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    OutcomeFixtures outcomes;

    @Inject
    Records records;

    PortalFixtures.Linked patient;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = portal.patientWithPlan("drawn", "Drawn");
        LocalDate today = LocalDate.now();
        records.session(patient.patientId(), patient.planId(), today.minusDays(10), 6, 5, "s1");
        records.session(patient.patientId(), patient.planId(), today.minusDays(3), 4, 2, "s2");
        records.warning(patient.patientId(), WarningSymptom.UPSET_STOMACH, "w1");
        outcomes.taken(patient.patientId(), Instrument.LEFS, Occasion.BASELINE, "41", List.of());
        outcomes.taken(patient.patientId(), Instrument.LEFS, Occasion.REVIEW, "55", List.of());
        outcomes.taken(patient.patientId(), Instrument.NPRS, Occasion.BASELINE, "6", List.of());
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void theChartDrawsProgressAndOutcomesWithTheirWordsAndOneAuditLine() {
        db.clearAudit();
        String html = given().accept("text/html").when().get("/clinic/patients/{id}", patient.patientId())
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("<figure class=\"chart\" id=\"pain-chart\">"), "the pain chart");
        assertTrue(html.contains("<figure class=\"chart\" id=\"adherence-chart\">"), "the adherence chart");
        assertTrue(html.contains("Pain (0 none – 10 worst)"), "the pain axis says its unit");
        assertTrue(html.contains("Adherence (% of the plan&#39;s sessions)") || html.contains("Adherence (% of the plan's sessions)"));
        assertTrue(html.contains("class=\"marker marker-change\""), "the plan's start is marked");
        assertTrue(html.contains("class=\"marker marker-warning\""), "the warning report is marked");
        assertTrue(html.contains("Warning report: An upset stomach"), "the text alternative names the report");
        assertTrue(html.contains("Plan 1 starts"));
        assertTrue(html.contains("class=\"chart-svg chart-narrow\"") && html.contains("class=\"chart-svg chart-wide\""));

        assertTrue(html.contains("LEFS 41 → 55 (+14): clinically important improvement"), "the change in words");
        assertTrue(html.contains("NPRS 6 on "), "a measure taken once says so");
        assertTrue(html.contains("<figure class=\"chart\" id=\"outcome-lefs\">"));
        assertTrue(html.contains("No clinically important change from the baseline: 32 to 50"), "the LEFS band");
        assertTrue(html.contains("No clinically important change from the baseline: 4.2 to 8"), "the NPRS band, 30 % on the better side");
        assertTrue(html.contains("Baseline: 41"));
        assertTrue(html.contains("<rect class=\"band\""));

        assertFalse(html.contains("style=\""), "no inline style");
        assertEquals(1, db.count("audit_entry", "action = 'chart.read' AND patient_id = " + patient.patientId()));
        assertEquals(0, db.count("audit_entry", "action = 'outcome.list'"), "the chart's one line covers the outcomes");
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void aPatientWithoutMeasuresOrSessionsGetsPlainWords() {
        PortalFixtures.Linked fresh = portal.patientWithPlan("Fresh");
        String html = given().accept("text/html").when().get("/clinic/patients/{id}", fresh.patientId())
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("No outcome measure has a score yet."));
        assertFalse(html.contains("id=\"outcome-"));
    }

    @Test
    @TestSecurity(user = "drawn", roles = Roles.PATIENT)
    void thePortalDrawsTheSameProgressForThePatient() {
        String html = given().accept("text/html").when().get("/portal/progress").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"pain-chart\"") && html.contains("id=\"adherence-chart\""));
        assertTrue(html.contains("class=\"marker marker-warning\""));
        assertTrue(html.contains("<td>" + LocalDate.now().minusDays(3) + "</td><td>4</td><td>2</td>"), "the numbers as a table");
        assertFalse(html.contains("LEFS"), "the outcome charts are the clinician's");
        assertFalse(html.contains("style=\""));
    }
}
