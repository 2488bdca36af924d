package com.kneerehab.records.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One thing about one patient that needs a clinician: why (the reason and a sentence with its values, in the
 * reader's language), since when, and where to act on it.
 *
 * @param since    when it began, for ordering and display
 * @param sinceDay set when only the day is known (a review date), then shown as a date
 */
public record AttentionItem(long patientId, Reason reason, Instant since, LocalDate sinceDay, String why, String link) {

    public static AttentionItem at(long patientId, Reason reason, Instant since, String why, String link) {
        return new AttentionItem(patientId, reason, since, null, why, link);
    }

    public static AttentionItem on(long patientId, Reason reason, LocalDate day, String why, String link) {
        return new AttentionItem(patientId, reason, day.atStartOfDay(ZoneOffset.UTC).toInstant(), day, why, link);
    }
}
