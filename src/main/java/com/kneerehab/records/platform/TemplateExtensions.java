package com.kneerehab.records.platform;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Display helpers for templates, so templates hold no formatting logic. Dates and numbers follow the
 * page's language (the template instance's locale, set from the request).
 */
@TemplateExtension
public class TemplateExtensions {

    /** For values placed in a link's query string. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A date and time in the clinic's time zone, as the page's language writes it: {alert.raisedAt.display}. */
    static String display(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return ClinicTime.current().dateTime(instant, Language.of(locale));
    }

    /** A date as the page's language writes it: {plan.startDate.shown}. */
    static String shown(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Language.date(date, Language.of(locale));
    }

    /** A whole-number percentage as the page's language writes it: {week.percent.asPercent}. */
    static String asPercent(Integer value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : Language.percent(value, Language.of(locale));
    }
}
