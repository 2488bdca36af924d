package com.kneerehab.records.chart;

import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.Records;
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

    @Inject
    Records records;

    @Test
    void theChartAndListShowAWarningUntilAClinicianAcknowledgesIt() {
        db.reset();
        PortalFixtures.Linked patient = fixtures.patientWithPlan("flagged", "Flagged");
        records.flagWarning(patient.patientId());
        long alert = records.alert(patient.patientId(), ClinicianAlert.Kind.WARNING_SYMPTOM, "Reported: An upset stomach.");
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
        long alert = records.alert(two.patientId(), ClinicianAlert.Kind.HIGH_PAIN, "Pain 9");
        String chart = "/clinic/patients/" + one.patientId();
        var r = FormClient.open("/clinic/patients/new").post(chart + "/alerts/" + alert + "/acknowledgement", Map.of());
        assertEquals(404, r.statusCode());
        assertEquals(1, db.count("clinician_alert", "acknowledged_at IS NULL"));
    }
}
