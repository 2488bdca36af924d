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

    @Message("The patient reported a symptom on the stop-list that no clinician has acknowledged yet; contact them and advise them to see a physician.")
    String warningAdvice();

    @Message("Needs attention")
    String needsAttention();

    @Message("Warning symptom: {symptom}")
    String warningReport(String symptom);

    @Message("The patient added no words of their own.")
    String noWords();

    @Message("Acknowledged")
    String acknowledged();

    @Message("Acknowledged by {by} at {at}")
    String acknowledgedBy(String by, String at);

    @Message("Acknowledge")
    String acknowledgeTitle();

    @Message("Worklist")
    String worklist();

    @Message("What did you do?")
    String whatDidYouDo();

    @Message("Note (optional; required for \"other\")")
    String note();

    @Message("Back to the chart")
    String backToChart();

    @Message("Sessions and the patient's notes")
    String sessions();

    @Message("No sessions logged yet.")
    String noSessions();

    @Message("The latest sessions the patient logged, newest first, with their own notes")
    String sessionsCaption();

    @Message("Session date")
    String sessionDate();

    @Message("Exercises done")
    String exercisesDone();

    @Message("Pain before → after")
    String painBeforeAfter();

    @Message("The patient's note")
    String patientNote();

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

    @Message("Outcome measures")
    String outcomes();

    @Message("No outcome measure has a score yet.")
    String noOutcomes();

    @Message("Evaluations")
    String evaluations();

    @Message("Evaluations, newest first")
    String evaluationsTable();

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

    @Message("ended {when}")
    String planEnded(String when);

    @Message("Episodes of care")
    String episodes();

    @Message("Episode {number} · open since {start}")
    String episodeOpen(int number, String start);

    @Message("Episode {number} · {start} to {end} · {reason}")
    String episodeDischarged(int number, String start, String end, String reason);

    @Message("Discharged on {date}: {reason}. Start a new episode of care (re-referral) before prescribing again.")
    String dischargedBanner(String date, String reason);

    @Message("Discharge or re-refer")
    String manageEpisodes();

    @Message("Start a new episode")
    String startNewEpisode();

    @Message("superseded {when}")
    String superseded(String when);

    @Message("Referring physician")
    String referrer();

    @Message("fax {number}")
    String fax(String number);

    @Message("Progress reports")
    String progressReports();
}
