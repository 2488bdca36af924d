package com.kneerehab.records.report;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a patient's progress reports. {@code lastSentOn} is null until a sending is recorded. */
public record ReportSummary(Long id, LocalDate reportDate, ProgressReport.Status status, String clinicianName,
                            Instant signedAt, LocalDate lastSentOn) {

    public boolean signed() {
        return status == ProgressReport.Status.SIGNED;
    }
}
