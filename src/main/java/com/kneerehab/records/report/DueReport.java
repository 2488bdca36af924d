package com.kneerehab.records.report;

import java.time.LocalDate;

/**
 * A patient whose progress report is due: since {@code dueSince}, counted from {@code countedFrom} (the day
 * the last signed report was signed, or the first visit), with {@code visitsSince} visits in between.
 */
public record DueReport(long patientId, String mrn, String givenName, String familyName, LocalDate countedFrom,
                        LocalDate lastReport, int visitsSince, LocalDate dueSince) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
