package com.kneerehab.records.alert;

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

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void alertsOncePerPatientWhoStoppedLoggingWhileAPlanIsCurrent() {
        PortalFixtures.Linked quiet = fixtures.patientWithPlan("quiet", "Quiet");
        PortalFixtures.Linked active = fixtures.patientWithPlan("active", "Active");
        db.execute("INSERT INTO session_log (patient_id, plan_id, session_date, exercises_done, pain_before, pain_after,"
                + " submission_id, created_at) VALUES (" + active.patientId() + ", " + active.planId()
                + ", UTC_DATE() - INTERVAL 2 DAY, '1', 2, 1, 'recent', UTC_TIMESTAMP(6))");
        assertEquals(1, inactivity.raise());
        assertEquals(0, inactivity.raise(), "an open alert is not raised twice");
        assertEquals(1, db.count("clinician_alert", "kind = 'NO_RECENT_SESSION' AND patient_id = " + quiet.patientId()));
        assertEquals(0, db.count("clinician_alert", "patient_id = " + active.patientId()));
    }
}
