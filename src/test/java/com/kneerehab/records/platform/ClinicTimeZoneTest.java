package com.kneerehab.records.platform;

import com.kneerehab.records.Records;
import com.kneerehab.records.alert.AlertRepository;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application run for a clinic fourteen hours ahead of Greenwich: pages show times in the clinic's zone,
 * and "today" is the clinic's day.
 */
@QuarkusTest
@TestProfile(ClinicTimeZoneTest.FarFromGreenwich.class)
class ClinicTimeZoneTest {

    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    public static class FarFromGreenwich implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(ClinicTime.KEY, KIRITIMATI.getId());
        }
    }

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    Records records;

    @Inject
    AlertRepository alerts;

    @Inject
    ClinicTime clinic;

    @Inject
    Clock clock;

    @Test
    void theApplicationKnowsTheClinicsZoneAndDay() {
        assertEquals(KIRITIMATI, clinic.zone());
        assertEquals(KIRITIMATI, clock.getZone());
        assertEquals(LocalDate.now(KIRITIMATI), LocalDate.now(clock));
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void theChartShowsAnAlertsTimeInTheClinicsZone() {
        db.reset();
        PortalFixtures.Linked patient = portal.patientWithPlan("Faraway");
        long id = records.alert(patient.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        Instant raised = alerts.findById(id).raisedAt;
        String html = given().accept("text/html").when().get("/clinic/patients/{id}", patient.patientId())
                .then().statusCode(200).extract().asString();
        String local = new ClinicTime(KIRITIMATI).dateTime(raised, Language.ENGLISH);
        String greenwich = new ClinicTime(ZoneOffset.UTC).dateTime(raised, Language.ENGLISH);
        assertTrue(html.contains(local), "shown as " + local);
        assertFalse(html.contains(greenwich.substring(0, 16)), "not in UTC: " + greenwich);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void aNewEvaluationIsDatedTheClinicsToday() {
        db.reset();
        long patient = records.patient("Pat", "Today");
        String html = given().accept("text/html").when().get("/clinic/evaluations/new?patient=" + patient)
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("value=\"" + LocalDate.now(KIRITIMATI) + "\""), "the visit date is the clinic's today");
    }
}
