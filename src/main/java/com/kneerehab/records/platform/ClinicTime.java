package com.kneerehab.records.platform;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The clinic's time zone, and the one place that turns instants into the dates and times people read.
 * Instants are stored in UTC; everything shown on a page, and every "today", is in the clinic's zone
 * ({@value #KEY}, from {@code CLINIC_TIME_ZONE}). Made at start, so a zone that is no zone stops the start.
 */
@Startup
@Singleton
public class ClinicTime {

    public static final String KEY = "knee-rehab.clinic.time-zone";

    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    @Inject
    public ClinicTime(@ConfigProperty(name = KEY) String zone) {
        this(parse(zone));
    }

    public ClinicTime(ZoneId zone) {
        this.zone = zone;
    }

    private static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(KEY + " (CLINIC_TIME_ZONE) is not a time zone: '" + zone
                    + "'; use a region name such as Europe/Amsterdam", e);
        }
    }

    /** The application's instance; UTC outside a running application (plain unit tests). */
    public static ClinicTime current() {
        if (Arc.container() == null) {
            return new ClinicTime(ZoneId.of("UTC"));
        }
        try (InstanceHandle<ClinicTime> handle = Arc.container().instance(ClinicTime.class)) {
            return handle.isAvailable() ? handle.get() : new ClinicTime(ZoneId.of("UTC"));
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The clinic's calendar date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of a clinic day, for "from" filters over stored instants. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * A date and time in the clinic's zone as the page's language writes it, with the zone's short name so
     * nobody has to guess: "2026-12-03 18:40 CET", "3 dic 2026, 18:40 CET".
     */
    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        String zoneName = zone.getDisplayName(TextStyle.SHORT, locale == null ? Locale.ENGLISH : locale);
        if (Language.isSpanish(locale)) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Language.SPANISH).format(local) + " " + shortName(local, Language.SPANISH, zoneName);
        }
        return ENGLISH_DATE_TIME.format(local) + " " + shortName(local, Locale.ENGLISH, zoneName);
    }

    /** The zone's abbreviation at that moment (summer or winter time), "CEST" rather than "CET" in July. */
    private static String shortName(java.time.ZonedDateTime at, Locale locale, String fallback) {
        String name = DateTimeFormatter.ofPattern("zzz", locale).format(at);
        return name.isBlank() ? fallback : name;
    }

    /** A short date for an axis: "3 Dec", "3 dic"; with the year when {@code withYear}. */
    public static String shortDate(LocalDate date, Locale locale, boolean withYear) {
        Locale l = Language.isSpanish(locale) ? Language.SPANISH : Locale.ENGLISH;
        return DateTimeFormatter.ofPattern(withYear ? "MMM yyyy" : "d MMM", l).format(date).replace(".", "");
    }
}
