package com.kneerehab.records.chart;

import com.kneerehab.records.Records;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.portal.WarningSymptom;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every warning report and every alert is its own item on the chart until a clinician acknowledges that one,
 * saying what they did; the patient's warning flag goes down only with the last unacknowledged report.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class AcknowledgementTest {

    private static final String BANNER = "Warning symptom reported.";

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Records records;

    PortalFixtures.Linked patient;
    String chart;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = fixtures.patientWithPlan("flagged", "Flagged");
        chart = "/clinic/patients/" + patient.patientId();
    }

    @Test
    void eachReportStaysUntilItIsAcknowledgedAndTheFlagGoesDownWithTheLast() {
        long tingling = records.warning(patient.patientId(), WarningSymptom.TINGLING_ARMS, "w1", "Pins and needles in my left arm");
        long stomach = records.warning(patient.patientId(), WarningSymptom.UPSET_STOMACH, "w2", "Felt sick after the session");

        // both reports, each with the patient's own words, and the flag
        given().accept("text/html").when().get(chart).then()
                .body(containsString(BANNER))
                .body(containsString("Warning symptom: Numbness or tingling down the arms"))
                .body(containsString("Pins and needles in my left arm"))
                .body(containsString("Warning symptom: An upset stomach"))
                .body(containsString("Felt sick after the session"))
                .body(containsString(chart + "/warnings/" + tingling + "/acknowledgement"))
                .body(containsString(chart + "/warnings/" + stomach + "/acknowledgement"));
        given().when().get("/api/v1/patients/{id}", patient.patientId()).then().body("warningFlag", equalTo(true));

        // acknowledging one leaves the other, and the flag
        Response first = acknowledge("/warnings/" + tingling, Map.of("action", "REFERRED_TO_PHYSICIAN",
                "note", "Asked her to see her GP today"));
        assertEquals(303, first.statusCode(), first.asString());
        assertEquals("clinician", db.single("SELECT acknowledged_by FROM warning_report WHERE id = " + tingling));
        assertEquals("REFERRED_TO_PHYSICIAN", db.single("SELECT acknowledged_action FROM warning_report WHERE id = " + tingling));
        assertEquals("Asked her to see her GP today", db.single("SELECT acknowledgement_note FROM warning_report WHERE id = " + tingling));
        assertEquals(0, db.count("warning_report", "acknowledged_at IS NOT NULL AND id = " + stomach));
        given().accept("text/html").when().get(chart).then()
                .body(containsString(BANNER))
                .body(not(containsString(chart + "/warnings/" + tingling + "/acknowledgement")))
                .body(containsString(chart + "/warnings/" + stomach + "/acknowledgement"))
                .body(containsString("Referred to a physician · Asked her to see her GP today"));
        given().when().get("/api/v1/patients/{id}", patient.patientId()).then().body("warningFlag", equalTo(true));

        // the last one takes the flag down
        assertEquals(303, acknowledge("/warnings/" + stomach, Map.of("action", "CALLED_PATIENT")).statusCode());
        given().accept("text/html").when().get(chart).then().body(not(containsString(BANNER)));
        given().when().get("/api/v1/patients/{id}", patient.patientId()).then().body("warningFlag", equalTo(false));
        assertEquals(1, db.count("audit_entry", "action = 'warning.acknowledge' AND record_id = " + tingling));
        assertEquals(1, db.count("audit_entry", "action = 'warning.acknowledge' AND record_id = " + stomach));
    }

    @Test
    void aNewReportRaisesTheFlagAgainAfterEarlierOnesWereAcknowledged() {
        long earlier = records.warning(patient.patientId(), WarningSymptom.TINGLING_ARMS, "w1", "Tingling");
        assertEquals(303, acknowledge("/warnings/" + earlier, Map.of("action", "CALLED_PATIENT")).statusCode());
        given().when().get("/api/v1/patients/{id}", patient.patientId()).then().body("warningFlag", equalTo(false));
        records.warning(patient.patientId(), WarningSymptom.TINGLING_ARMS, "w2", "Tingling again");
        given().when().get("/api/v1/patients/{id}", patient.patientId()).then().body("warningFlag", equalTo(true));
    }

    @Test
    void aReportIsAcknowledgedOnceAndTheFirstAcknowledgementIsKept() {
        long report = records.warning(patient.patientId(), WarningSymptom.BOWEL_BLADDER, "w1", null);
        assertEquals(303, acknowledge("/warnings/" + report, Map.of("action", "ADVISED_TO_STOP")).statusCode());
        Response again = acknowledge("/warnings/" + report, Map.of("action", "CALLED_PATIENT"));
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("Already acknowledged by clinician"), again.asString());
        assertEquals("ADVISED_TO_STOP", db.single("SELECT acknowledged_action FROM warning_report WHERE id = " + report));
    }

    @Test
    void theActionIsAChoiceAndOtherNeedsANote() {
        long report = records.warning(patient.patientId(), WarningSymptom.BOWEL_BLADDER, "w1", "Words");
        Response none = acknowledge("/warnings/" + report, Map.of("note", "Kept this"));
        assertEquals(422, none.statusCode());
        assertTrue(none.asString().contains("Choose what you did"));
        assertTrue(none.asString().contains("Kept this"), "the typed note is kept");
        Response other = acknowledge("/warnings/" + report, Map.of("action", "OTHER"));
        assertEquals(422, other.statusCode());
        assertTrue(other.asString().contains("Say in the note what you did"));
        assertEquals(0, db.count("warning_report", "acknowledged_at IS NOT NULL"));
        assertEquals(303, acknowledge("/warnings/" + report, Map.of("action", "OTHER", "note", "Emailed the physician"))
                .statusCode());
    }

    @Test
    void anItemOfAnotherPatientCannotBeAcknowledgedThroughThisChart() {
        PortalFixtures.Linked two = fixtures.patientWithPlan("two", "Two");
        long alert = records.alert(two.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        long report = records.warning(two.patientId(), WarningSymptom.UPSET_STOMACH, "w1", null);
        assertEquals(404, acknowledge("/alerts/" + alert, Map.of("action", "CALLED_PATIENT")).statusCode());
        assertEquals(404, acknowledge("/warnings/" + report, Map.of("action", "CALLED_PATIENT")).statusCode());
        given().accept("text/html").when().get(chart + "/warnings/" + report + "/acknowledgement").then().statusCode(404);
        assertEquals(1, db.count("clinician_alert", "acknowledged_at IS NULL"));
        assertEquals(1, db.count("warning_report", "acknowledged_at IS NULL"));
        assertEquals(1, db.count("audit_entry", "action = 'warning.acknowledge' AND outcome = 'DENIED'"));
    }

    @Test
    void eachAlertIsShownWithItsValuesAndAcknowledgedOnItsOwn() {
        long high = records.alert(patient.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        long quiet = records.alert(patient.patientId(), ClinicianAlert.Kind.NO_RECENT_SESSION);
        given().accept("text/html").when().get(chart).then()
                .body(containsString("Pain 3 → 8 of 10 (before → after) in the session of"))
                .body(containsString("No session logged for 7 days while a plan is current"));
        given().accept("text/html").when().get(chart + "/alerts/" + high + "/acknowledgement").then().statusCode(200)
                .body(containsString("Called the patient")).body(containsString("Referred to a physician"))
                .body(containsString("Advised to stop the exercises"));
        assertEquals(303, acknowledge("/alerts/" + high, Map.of("action", "CALLED_PATIENT")).statusCode());
        assertEquals(1, db.count("clinician_alert", "acknowledged_at IS NULL AND id = " + quiet));
        assertEquals("CALLED_PATIENT", db.single("SELECT acknowledged_action FROM clinician_alert WHERE id = " + high));
        given().accept("text/html").when().get(chart + "/alerts/" + high + "/acknowledgement").then().statusCode(200)
                .body(containsString("Acknowledged by clinician"));
    }

    @Test
    void thePatientsSessionNotesAreOnTheChartBesideTheirPain() {
        records.session(patient.patientId(), patient.planId(), java.time.LocalDate.now().minusDays(1), "1,2", 2, 5,
                "n1");
        records.sessionNote(patient.patientId(), "Knee felt hot after the stairs");
        given().accept("text/html").when().get(chart).then()
                .body(containsString("Knee felt hot after the stairs"))
                .body(containsString("<td>2 → 5</td>"));
    }

    private Response acknowledge(String item, Map<String, ?> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        return FormClient.open("/clinic/patients/new").post(chart + item + "/acknowledgement", all);
    }
}
