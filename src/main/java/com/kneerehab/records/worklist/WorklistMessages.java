package com.kneerehab.records.worklist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of the clinician's worklist, English by default; other languages go in
 * {@code messages/worklist_<language>.properties}. Templates use {@code {worklist:key}}.
 */
@MessageBundle("worklist")
public interface WorklistMessages {

    @Message("Worklist")
    String title();

    @Message("Patients who need attention, most urgent first: unacknowledged warning symptoms, high or rising pain, no session logged while a plan is current, plans past their review date and draft evaluations older than a day.")
    String intro();

    @Message("Nobody needs attention right now.")
    String empty();

    @Message("{count} {#if count == 1}item{#else}items{/if} for {patients} {#if patients == 1}patient{#else}patients{/if}")
    String summary(int count, int patients);

    @Message("Only the oldest items of each kind are listed; acknowledge some to see the rest.")
    String cut();

    @Message("Patient")
    String patient();

    @Message("Why")
    String why();

    @Message("Since")
    String since();

    @Message("Open")
    String open();

    @Message("{#when reason}{#is WARNING_SYMPTOM}Warning symptom{#is HIGH_PAIN}High pain{#is RISING_PAIN}Rising pain"
            + "{#is NO_RECENT_SESSION}No session logged{#is PLAN_REVIEW_PASSED}Plan review date passed"
            + "{#is DRAFT_EVALUATION}Draft evaluation{#is MEASURE_DUE}Outcome measure due"
            + "{#is PROGRESS_REPORT_DUE}Progress report due{/when}")
    String reason(Reason reason);

    @Message("{symptom}, no words added")
    String warning(String symptom);

    @Message("{symptom}: “{words}”")
    String warningWithWords(String symptom, String words);

    @Message("Plan {number} was due for review on {date}")
    String reviewPassed(int number, LocalDate date);

    @Message("Visit of {date} by {clinician}, still a draft")
    String draft(LocalDate date, String clinician);

    @Message("No baseline outcome measure since the first evaluation on {date}")
    String baselineMissing(LocalDate date);

    @Message("{instrument} ({#when occasion}{#is BASELINE}baseline{#is REVIEW}review{#is DISCHARGE}discharge{/when}) due on {date}, not answered yet")
    String measureNotAnswered(String instrument, com.kneerehab.records.outcome.Occasion occasion, LocalDate date);

    @Message("Plan review on {date}: no review outcome measure assigned")
    String reviewMeasureMissing(LocalDate date);

    @Message("{visits} {#if visits == 1}visit{#else}visits{/if} since {#if last}the report of {last}{#else}the first visit on {from}{/if}")
    String progressReportDue(int visits, LocalDate last, LocalDate from);

    @Message("Open: {reason} for {patient}")
    String actOn(String reason, String patient);
}
