package com.kneerehab.records.platform;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a request is answered in. The patient's pages (the portal, and the home page for a
 * patient or a visitor) follow the patient's saved choice, else the browser's Accept-Language, else
 * English. Staff pages and the API always answer in English.
 */
@RequestScoped
@Named("language")
public class Language {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Every language the patient's pages are offered in, English first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    /** The patient's own choice, saved with their account; empty when they left it to the browser. */
    public interface Preference {
        Optional<Locale> preferred();
    }

    @Inject
    RoutingContext routing;

    @Inject
    CurrentUser user;

    @Inject
    Instance<Preference> preferences;

    private Locale locale;
    private boolean resolving;

    /** The language of the current request, or English outside one. */
    public static Locale current() {
        try {
            if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
                return ENGLISH;
            }
            try (InstanceHandle<Language> language = Arc.container().instance(Language.class)) {
                return language.get().locale();
            }
        } catch (RuntimeException outsideRequest) {
            return ENGLISH;
        }
    }

    /** A supported language by its tag ("en", "es"), or empty for anything else. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }

    public Locale locale() {
        if (locale != null) {
            return locale;
        }
        if (resolving) {
            // asked again while the patient's choice is being looked up (a refusal while looking it up)
            return fromBrowser();
        }
        resolving = true;
        try {
            locale = resolve();
        } finally {
            resolving = false;
        }
        return locale;
    }

    /** The value of the page's {@code <html lang>}. */
    public String tag() {
        return locale().getLanguage();
    }

    private Locale resolve() {
        String path;
        try {
            path = routing.normalizedPath();
        } catch (RuntimeException noHttpRequest) {
            return ENGLISH;
        }
        boolean patientPage = path.equals("/") || path.equals("/portal") || path.startsWith("/portal/");
        if (!patientPage) {
            return ENGLISH;
        }
        if (!user.isAnonymous() && !user.hasRole(Roles.PATIENT)) {
            return ENGLISH;
        }
        if (user.hasRole(Roles.PATIENT)) {
            for (Preference preference : preferences) {
                Optional<Locale> chosen = preference.preferred();
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
        }
        return fromBrowser();
    }

    /** The first language of Accept-Language, by weight, that the portal is offered in; else English. */
    Locale fromBrowser() {
        String header;
        try {
            header = routing.request().getHeader("Accept-Language");
        } catch (RuntimeException noHttpRequest) {
            return ENGLISH;
        }
        return fromAcceptLanguage(header);
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0];
                Optional<Locale> known = supported(primary);
                if (known.isPresent()) {
                    return known.get();
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
        return ENGLISH;
    }

    // ------------------------------------------------------------------ formats of the language

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Dates as people of the language write them; English keeps the clinic's year-month-day. */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (isSpanish(locale)) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH).format(date);
        }
        return ISO_DATE.format(date);
    }

    /** A whole-number percentage ("80%", "80 %"). */
    public static String percent(int value, Locale locale) {
        if (isSpanish(locale)) {
            return NumberFormat.getPercentInstance(SPANISH).format(value / 100.0);
        }
        return value + "%";
    }

    /** A template instance's locale attribute (a Locale or a language tag) as a Locale; English when absent. */
    public static Locale of(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        return attribute == null ? ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    static boolean isSpanish(Locale locale) {
        return locale != null && SPANISH.getLanguage().equals(locale.getLanguage());
    }
}
