package com.kneerehab.records.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a clinician sends to draft, write, correct and send a progress report. */
public final class ReportInputs {

    private ReportInputs() {
    }

    /** Drafts a new report for the patient from the record. */
    public record Draft(@NotNull(message = "{report.choose-the-patient}") Long patientId) {
    }

    /** The clinician's parts of a draft; {@code version} is the one read. Blank parts may stay blank until signing. */
    public record Texts(
            @Size(max = 4000, message = "{report.at-most-4000-characters}") String referralReason,
            @Size(max = 4000, message = "{report.at-most-4000-characters}") String assessment,
            @Size(max = 4000, message = "{report.at-most-4000-characters}") String nextSteps,
            @NotNull(message = "{report.version-required}") Integer version) {
    }

    /** The version of the draft being signed or drafted again. */
    public record Version(@NotNull(message = "{report.version-required}") Integer version) {
    }

    public record Addendum(
            @NotBlank(message = "{report.write-what-is-added-or-corrected}") @Size(max = 4000, message = "{report.at-most-4000-characters}") String text,
            @NotBlank(message = "{report.give-the-reason-for-the-addendum}") @Size(max = 500, message = "{report.at-most-500-characters}") String reason) {
    }

    /** A sending of a signed report. Without a recipient, the referring physician the report is addressed to. */
    public record Sending(
            @NotNull(message = "{report.enter-the-day-it-was-sent}") @PastOrPresent(message = "{report.sent-day-not-in-future}") LocalDate sentOn,
            @NotNull(message = "{report.choose-how-it-was-sent}") ReportSending.Method method,
            @Size(max = 500, message = "{report.at-most-500-characters}") String recipient) {
    }
}
