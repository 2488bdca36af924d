package com.kneerehab.records.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person typed into the patient search, read the way the front desk means it: a medical record
 * number (or its start), a date of birth (ISO or the clinic's own format), a phone number (any spacing,
 * with or without the country or area code), or a name (given or family name first, whole or the start
 * of it). {@link PatientRepository#search} turns each kind into index lookups.
 */
public record PatientQuery(Kind kind, String text, String mrn, LocalDate dateOfBirth, String phoneDigits,
                           List<String> words) {

    public enum Kind { EVERYONE, MRN, DATE_OF_BIRTH, PHONE, NAME }

    /** The fewest significant digits taken as a phone number: fewer would match too many people. */
    static final int PHONE_DIGITS = 6;
    static final int MAX_LENGTH = 100;

    private static final Pattern MRN = Pattern.compile("(?i)KR\\d{1,8}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]+");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{1,8}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads the text. {@code clinicDateFormat} is the clinic's way of writing a date (for example
     * "dd.MM.yyyy", "MM/dd/yyyy" or "dd/MM/yyyy"); one-digit days and months are accepted too.
     */
    public static PatientQuery of(String raw, DateTimeFormatter clinicDateFormat) {
        String spaced = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        String text = spaced.length() > MAX_LENGTH ? spaced.substring(0, MAX_LENGTH).strip() : spaced;
        if (text.isEmpty()) {
            return new PatientQuery(Kind.EVERYONE, text, null, null, null, List.of());
        }
        if (MRN.matcher(text).matches()) {
            return new PatientQuery(Kind.MRN, text, text.toUpperCase(Locale.ROOT), null, null, List.of());
        }
        Optional<LocalDate> date = date(text, ISO).or(() -> date(text, clinicDateFormat));
        if (date.isPresent()) {
            return new PatientQuery(Kind.DATE_OF_BIRTH, text, null, date.get(), null, List.of());
        }
        if (PHONE.matcher(text).matches()) {
            String digits = text.replaceAll("\\D", "");
            // eight digits or fewer may also be a medical record number typed without its "KR"
            String mrn = DIGITS_ONLY.matcher(text).matches() ? "KR" + digits : null;
            return new PatientQuery(Kind.PHONE, text, mrn, null, digits.replaceFirst("^0+", ""), List.of());
        }
        // "Verhoeven, Hannah" as the patient list writes it is the same as "Verhoeven Hannah"
        List<String> words = Arrays.stream(text.replace(',', ' ').split(" ")).filter(w -> !w.isBlank()).toList();
        return new PatientQuery(Kind.NAME, text, null, null, null, words);
    }

    /** The clinic's date pattern as a strict formatter that also takes one-digit days and months. */
    public static DateTimeFormatter clinicFormat(String pattern) {
        String lenient = pattern.replace("dd", "d").replace("MM", "M").replace("yyyy", "uuuu");
        return DateTimeFormatter.ofPattern(lenient, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The name as typed, words separated by one space. */
    public String name() {
        return String.join(" ", words);
    }

    /** Enough digits to look up by phone. */
    public boolean searchesPhone() {
        return phoneDigits != null && phoneDigits.length() >= PHONE_DIGITS;
    }

    private static Optional<LocalDate> date(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException notThisFormat) {
            return Optional.empty();
        }
    }
}
