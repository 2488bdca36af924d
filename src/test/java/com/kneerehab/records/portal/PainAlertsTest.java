package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Logged pain reaches the clinicians as items of their own, with the values: each session with pain 7 or more,
 * and each session that continues a rise over three sessions (the rule is {@code alert.PainRules}).
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class PainAlertsTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked mine;
    int submissions;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
    }

    private long log(int daysAgo, int before, int after) {
        return given().contentType(ContentType.JSON).body(Map.of("submissionId", "s-" + (++submissions),
                        "sessionDate", LocalDate.now().minusDays(daysAgo).toString(), "exercisesDone", List.of(1),
                        "painBefore", before, "painAfter", after))
                .when().post("/api/v1/me/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long alerts(String kind) {
        return db.count("clinician_alert", "kind = '" + kind + "' AND acknowledged_at IS NULL AND patient_id = "
                + mine.patientId());
    }

    @Test
    void eachSessionWithHighPainIsAnItemWithItsValues() {
        long first = log(3, 3, 8);
        long second = log(2, 7, 2);
        log(1, 6, 6);
        assertEquals(2, alerts("HIGH_PAIN"), "each high session is listed, not folded into the first alert");
        assertEquals("3,8", db.single("SELECT pain_values FROM clinician_alert WHERE session_log_id = " + first));
        assertEquals("7,2", db.single("SELECT pain_values FROM clinician_alert WHERE session_log_id = " + second));
        assertEquals(LocalDate.now().minusDays(3).toString(),
                db.single("SELECT on_date FROM clinician_alert WHERE session_log_id = " + first));
    }

    @Test
    void painRisingOverThreeSessionsIsListedWithTheSeries() {
        log(4, 1, 2);
        log(3, 3, 4);
        assertEquals(0, alerts("RISING_PAIN"), "two sessions are not yet a rise");
        long third = log(2, 4, 5);
        assertEquals(1, alerts("RISING_PAIN"));
        assertEquals("2,4,5", db.single("SELECT pain_values FROM clinician_alert WHERE kind = 'RISING_PAIN'"
                + " AND session_log_id = " + third));
        long fourth = log(1, 6, 3);
        assertEquals("4,5,6", db.single("SELECT pain_values FROM clinician_alert WHERE kind = 'RISING_PAIN'"
                + " AND session_log_id = " + fourth), "a continuing rise is listed again with its own values");
        assertEquals(0, alerts("HIGH_PAIN"));
    }

    @Test
    void aLevelOrFallingSeriesIsNotRising() {
        log(4, 2, 2);
        log(3, 4, 4);
        log(2, 4, 3);
        log(1, 1, 5);
        assertEquals(0, alerts("RISING_PAIN"));
    }

    @Test
    void aSessionLoggedForAnEarlierDayDoesNotMakeARise() {
        log(1, 5, 5);
        log(5, 2, 2);
        log(4, 3, 3);
        assertEquals(0, alerts("RISING_PAIN"), "the rise is judged in session-date order, for the latest session only");
    }
}
