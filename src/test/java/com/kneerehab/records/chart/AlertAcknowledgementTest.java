package com.kneerehab.records.chart;

import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class AlertAcknowledgementTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Test
    void theChartAndListShowAWarningUntilAClinicianAcknowledgesIt() {
        db.reset();
        PortalFixtures.Linked patient = fixtures.patientWithPlan("flagged", "Flagged");
        db.execute("UPDATE patient SET warning_flag = TRUE WHERE id = " + patient.patientId());
        db.execute("INSERT INTO clinician_alert (patient_id, kind, message, raised_at) VALUES (" + patient.patientId()
                + ", 'WARNING_SYMPTOM', 'Reported: An upset stomach.', UTC_TIMESTAMP(6))");
        long alert = Long.parseLong(db.single("SELECT id FROM clinician_alert"));
        String chart = "/clinic/patients/" + patient.patientId();
        given().accept("text/html").when().get(chart).then()
                .body(containsString("Warning symptom reported")).body(containsString("Reported: An upset stomach."));
        given().accept("text/html").when().get("/clinic/patients").then().body(containsString("1 open alert"));

        var r = FormClient.open(chart).post(chart + "/alerts/" + alert + "/acknowledgement", Map.of());
        assertEquals(303, r.statusCode());
        given().accept("text/html").when().get(chart).then()
                .body(not(containsString("Warning symptom reported"))).body(not(containsString("Acknowledge")));
        assertEquals("clinician", db.single("SELECT acknowledged_by FROM clinician_alert WHERE id = " + alert));
        assertEquals(1, db.count("audit_entry", "action = 'alert.acknowledge' AND record_id = " + alert));
    }

    @Test
    void anAlertOfAnotherPatientCannotBeAcknowledgedThroughThisChart() {
        db.reset();
        PortalFixtures.Linked one = fixtures.patientWithPlan("one", "One");
        PortalFixtures.Linked two = fixtures.patientWithPlan("two", "Two");
        db.execute("INSERT INTO clinician_alert (patient_id, kind, message, raised_at) VALUES (" + two.patientId()
                + ", 'HIGH_PAIN', 'Pain 9', UTC_TIMESTAMP(6))");
        long alert = Long.parseLong(db.single("SELECT id FROM clinician_alert"));
        String chart = "/clinic/patients/" + one.patientId();
        var r = FormClient.open("/clinic/patients/new").post(chart + "/alerts/" + alert + "/acknowledgement", Map.of());
        assertEquals(404, r.statusCode());
        assertEquals(1, db.count("clinician_alert", "acknowledged_at IS NULL"));
    }
}
