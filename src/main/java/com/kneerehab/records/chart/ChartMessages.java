package com.kneerehab.records.chart;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of the clinician's chart, English by default; other languages go in
 * {@code messages/chart_<language>.properties}. Templates use {@code {chart:key}}.
 */
@MessageBundle("chart")
public interface ChartMessages {

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Patients")
    String patients();

    @Message("{mrn} · born {dateOfBirth} · {sex} · affected side: {side} · {status}")
    String identity(String mrn, LocalDate dateOfBirth, String sex, String side, String status);

    @Message("Warning symptom reported.")
    String warningTitle();

    @Message("The patient reported a symptom on the stop-list; contact them and advise them to see a physician.")
    String warningAdvice();

    @Message("Acknowledge")
    String acknowledge();

    @Message("New evaluation")
    String newEvaluation();

    @Message("Revise the plan")
    String revisePlan();

    @Message("Prescribe a plan")
    String prescribePlan();

    @Message("Edit details")
    String editDetails();

    @Message("Contact and referral")
    String contact();

    @Message("Phone")
    String phone();

    @Message("Email")
    String email();

    @Message("Referral notes")
    String referralNotes();

    @Message("Current plan")
    String currentPlan();

    @Message("Plan {number} · from {start} · review {review} · prescribed by {by}")
    String planLine(int number, LocalDate start, LocalDate review, String by);

    @Message("details")
    String details();

    @Message("No current plan.")
    String noCurrentPlan();

    @Message("Adherence and pain")
    String progress();

    @Message("Evaluations")
    String evaluations();

    @Message("No evaluations yet.")
    String noEvaluations();

    @Message("Visit")
    String visit();

    @Message("Clinician")
    String clinician();

    @Message("Steps")
    String steps();

    @Message("Primary source")
    String primarySource();

    @Message("Status")
    String status();

    @Message("{done} of {all}")
    String stepsDone(int done, int all);

    @Message("Signed")
    String signed();

    @Message("Draft")
    String draft();

    @Message("Plan history")
    String planHistory();

    @Message("No plans yet.")
    String noPlans();

    @Message("Plan {number}")
    String planNumber(int number);

    @Message("{start} to review {review} · {count} exercises · {by}")
    String planHistoryLine(LocalDate start, LocalDate review, int count, String by);

    @Message("current")
    String current();

    @Message("superseded {when}")
    String superseded(String when);

    @Message("Referring physician")
    String referrer();

    @Message("fax {number}")
    String fax(String number);

    @Message("Progress reports")
    String progressReports();
}
