package com.kneerehab.records.alert;

import java.time.ZoneOffset;
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
}
