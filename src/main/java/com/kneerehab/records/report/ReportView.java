package com.kneerehab.records.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report as the API returns it: the drafted parts, the clinician's words, addenda and sendings. */
public record ReportView(Long id, Long patientId, LocalDate reportDate, ProgressReport.Status status,
                         String clinicianName, String referralReason, ReportContent drafted, Instant draftedAt,
                         String assessment, String nextSteps, String signedBy, Instant signedAt, String contentHash,
                         List<AddendumView> addenda, List<SendingView> sendings, int version) {

    public record AddendumView(Long id, String author, Instant createdAt, String text, String reason) {
    }

    public record SendingView(Long id, LocalDate sentOn, ReportSending.Method method, String recipient,
                              String recordedBy, Instant recordedAt) {
    }

    static ReportView of(ReportService.Details d) {
        ProgressReport r = d.report();
        return new ReportView(r.id, r.patient.id, r.reportDate, r.status, r.clinicianName, r.referralReason,
                d.content(), r.draftedAt, r.assessment, r.nextSteps, r.signedByName, r.signedAt, r.contentHash,
                d.addenda().stream().map(a -> new AddendumView(a.id, a.authorName, a.createdAt, a.text, a.reason))
                        .toList(),
                d.sendings().stream().map(s -> new SendingView(s.id, s.sentOn, s.method, s.recipient,
                        s.recordedByName, s.recordedAt)).toList(),
                r.version);
    }
}
