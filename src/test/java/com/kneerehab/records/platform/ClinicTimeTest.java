package com.kneerehab.records.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates and times are read in the clinic's zone, here ones far from Greenwich on both sides. */
class ClinicTimeTest {

    /** UTC+14 all year: the same instant is already tomorrow there. */
    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aTimeIsShownInTheClinicsZoneWithItsName() {
        Instant noonAndAHalf = Instant.parse("2026-12-03T12:30:00Z");
        String shown = new ClinicTime(KIRITIMATI).dateTime(noonAndAHalf, Language.ENGLISH);
        assertTrue(shown.startsWith("2026-12-04 02:30 "), shown);
        assertTrue(shown.length() > "2026-12-04 02:30 ".length(), "the zone is named: " + shown);
        assertTrue(new ClinicTime(LOS_ANGELES).dateTime(noonAndAHalf, Language.ENGLISH).startsWith("2026-12-03 04:30 "));
        assertTrue(new ClinicTime(ZoneOffset.UTC).dateTime(noonAndAHalf, Language.ENGLISH).startsWith("2026-12-03 12:30 "));
    }

    @Test
    void summerAndWinterTimeAreNamedApart() {
        ClinicTime amsterdam = new ClinicTime(ZoneId.of("Europe/Amsterdam"));
        String winter = amsterdam.dateTime(Instant.parse("2026-01-15T09:00:00Z"), Language.ENGLISH);
        String summer = amsterdam.dateTime(Instant.parse("2026-07-15T09:00:00Z"), Language.ENGLISH);
        assertTrue(winter.startsWith("2026-01-15 10:00 "), winter);
        assertTrue(summer.startsWith("2026-07-15 11:00 "), summer);
        assertTrue(!winter.substring(17).equals(summer.substring(17)), winter + " / " + summer);
    }

    @Test
    void aSpanishReaderGetsTheSpanishFormInTheSameZone() {
        String shown = new ClinicTime(KIRITIMATI).dateTime(Instant.parse("2026-12-03T12:30:00Z"), Language.SPANISH);
        assertTrue(shown.contains("4 dic 2026"), shown);
        assertTrue(shown.contains("2:30"), shown);
    }

    @Test
    void theClinicsDayIsItsOwnNotGreenwichs() {
        assertEquals(LocalDate.of(2026, 12, 4), new ClinicTime(KIRITIMATI).dateOf(Instant.parse("2026-12-03T10:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 3), new ClinicTime(KIRITIMATI).dateOf(Instant.parse("2026-12-03T09:59:59Z")));
        assertEquals(LocalDate.of(2026, 12, 2), new ClinicTime(LOS_ANGELES).dateOf(Instant.parse("2026-12-03T05:00:00Z")));
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), new ClinicTime(KIRITIMATI).startOf(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aZoneThatIsNoZoneStopsTheStartWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ClinicTime("Europe/Atlantis"));
        assertTrue(e.getMessage().contains("CLINIC_TIME_ZONE"), e.getMessage());
        assertEquals(KIRITIMATI, new ClinicTime(" Pacific/Kiritimati ").zone());
    }

    @Test
    void axisDatesAreShortInEitherLanguage() {
        assertEquals("3 Dec", ClinicTime.shortDate(LocalDate.of(2026, 12, 3), Language.ENGLISH, false));
        assertEquals("3 dic", ClinicTime.shortDate(LocalDate.of(2026, 12, 3), Language.SPANISH, false));
        assertEquals("Dec 2026", ClinicTime.shortDate(LocalDate.of(2026, 12, 3), Language.ENGLISH, true));
    }

    @Test
    void nothingIsShownForNoTime() {
        assertEquals("", new ClinicTime(KIRITIMATI).dateTime(null, Language.ENGLISH));
    }
}
