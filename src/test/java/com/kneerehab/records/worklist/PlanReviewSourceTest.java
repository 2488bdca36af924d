package com.kneerehab.records.worklist;

import com.kneerehab.records.platform.ClinicTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A review date passes at the clinic's midnight, not at midnight in UTC. */
class PlanReviewSourceTest {

    @Test
    void todayIsTheClinicsDate() {
        // 12:00 UTC on 3 December is already 02:00 on 4 December in Kiritimati (UTC+14)
        assertEquals(LocalDate.parse("2026-12-04"), todayIn("Pacific/Kiritimati", Instant.parse("2026-12-03T12:00:00Z")));
        // and 02:00 UTC on 4 December is still 3 December in Honolulu (UTC-10)
        assertEquals(LocalDate.parse("2026-12-03"), todayIn("Pacific/Honolulu", Instant.parse("2026-12-04T02:00:00Z")));
    }

    private static LocalDate todayIn(String zone, Instant now) {
        PlanReviewSource source = new PlanReviewSource();
        source.clinicTime = new ClinicTime(ZoneId.of(zone));
        return source.today(now);
    }
}
