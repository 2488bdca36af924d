package com.kneerehab.records.alert;

import java.time.ZoneOffset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import com.kneerehab.records.Records;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class InactivityAlertsTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    InactivityAlerts inactivity;

    @Inject
    Records records;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void alertsOncePerPatientWhoStoppedLoggingWhileAPlanIsCurrent() {
        PortalFixtures.Linked quiet = fixtures.patientWithPlan("quiet", "Quiet");
        PortalFixtures.Linked active = fixtures.patientWithPlan("active", "Active");
        records.session(active.patientId(), active.planId(), LocalDate.now(ZoneOffset.UTC).minusDays(2), 2, 1, "recent");
        assertEquals(1, inactivity.raise());
        assertEquals(0, inactivity.raise(), "an open alert is not raised twice");
        assertEquals(1, db.count("clinician_alert", "kind = 'NO_RECENT_SESSION' AND patient_id = " + quiet.patientId()));
        assertEquals(0, db.count("clinician_alert", "patient_id = " + active.patientId()));
    }

    @Test
    void neverForAPatientWithoutAPortalAccountOrDischarged() {
        fixtures.patientWithPlan("NoAccount");
        PortalFixtures.Linked discharged = fixtures.patientWithPlan("gone", "Gone");
        records.discharged(discharged.patientId());
        PortalFixtures.Linked deactivated = fixtures.patientWithPlan("off", "Off");
        records.deactivated("off");
        assertEquals(0, inactivity.raise());
        assertEquals(0, db.count("clinician_alert"));
    }

    @Test
    void anAcknowledgementHoldsForOneInactivityWindow() {
        PortalFixtures.Linked recent = fixtures.patientWithPlan("recent", "Recent");
        PortalFixtures.Linked earlier = fixtures.patientWithPlan("earlier", "Earlier");
        records.acknowledgedAlert(recent.patientId(), ClinicianAlert.Kind.NO_RECENT_SESSION,
                Instant.now().minus(Duration.ofDays(inactivity.days() - 1)));
        records.acknowledgedAlert(earlier.patientId(), ClinicianAlert.Kind.NO_RECENT_SESSION,
                Instant.now().minus(Duration.ofDays(inactivity.days() + 1)));
        assertEquals(1, inactivity.raise(), "only the acknowledgement older than the window lets the alert come back");
        assertEquals(0, db.count("clinician_alert", "acknowledged_at IS NULL AND patient_id = " + recent.patientId()));
        assertEquals(1, db.count("clinician_alert", "acknowledged_at IS NULL AND patient_id = " + earlier.patientId()));
    }

    @Test
    void theAlertKeepsItsValuesNotWords() {
        PortalFixtures.Linked quiet = fixtures.patientWithPlan("quiet", "Quiet");
        LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(inactivity.days() + 3);
        records.session(quiet.patientId(), quiet.planId(), last, 2, 1, "old");
        assertEquals(1, inactivity.raise());
        assertEquals(String.valueOf(inactivity.days()), db.single("SELECT days FROM clinician_alert"));
        assertEquals(last.toString(), db.single("SELECT on_date FROM clinician_alert"));
    }
}
