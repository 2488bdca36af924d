package com.kneerehab.records.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of progress reports and the clinician's printed documents: the report as it reads (page and
 * PDF), its pages and forms, and its refusals. Staff documents are English. Templates use {@code {report:key}}.
 */
@MessageBundle("report")
public interface ReportMessages {

    @Message("{#when method}{#is FAX}Fax{#is LETTER}Letter{#is EMAIL}Email{#is PORTAL}Portal message{/when}")
    String method(ReportSending.Method method);

    @Message("{#when direction}{#is FALLING}Pain is falling.{#is RISING}Pain is rising.{#is STEADY}Pain is steady."
            + "{#else}Too few scores to see a trend.{/when}")
    String direction(ReportContent.Trend.Direction direction);

    // ------------------------------------------------------------------ the report as it reads

    @Message("Progress report")
    String title();

    @Message("Progress report · {name}")
    String pageTitle(String name);

    @Message("MRN {mrn}")
    String mrn(String mrn);

    @Message("born {date}")
    String born(String date);

    @Message("Dated {date}, by {clinician}")
    String datedBy(String date, String clinician);

    @Message("signed by {name}, {when}")
    String signedByOn(String name, String when);

    @Message("draft, not signed")
    String draft();

    @Message("To")
    String to();

    @Message("Fax {number}")
    String faxNumber(String number);

    @Message("Phone {number}")
    String phoneNumber(String number);

    @Message("Email {address}")
    String emailAddress(String address);

    @Message("No referring physician is recorded for this patient.")
    String noRecipient();

    @Message("Reason for referral")
    String reasonForReferral();

    @Message("Not written yet.")
    String notWritten();

    @Message("Evaluation findings, from the top down")
    String findings();

    @Message("From the evaluation of {date}, signed by {clinician}.")
    String fromEvaluation(String date, String clinician);

    @Message("Ribcage alignment")
    String stepRibcage();

    @Message("Hip extension and rotation")
    String stepHip();

    @Message("Foot and ankle")
    String stepFootAnkle();

    @Message("Knee axis")
    String stepKneeAxis();

    @Message("not recorded")
    String notRecorded();

    @Message("Range (degrees)")
    String range();

    @Message("Left")
    String left();

    @Message("Right")
    String right();

    @Message("Extension")
    String hipExtension();

    @Message("Internal rotation")
    String hipInternalRotation();

    @Message("External rotation")
    String hipExternalRotation();

    @Message("Ankle dorsiflexion")
    String ankleDorsiflexion();

    @Message("{#if value != null}{value}°{#else}—{/if}")
    String degrees(Integer value);

    @Message("In gait: {motion}")
    String inGait(String motion);

    @Message("Midfoot: {mobility}")
    String midfoot(String mobility);

    @Message("Foot posture: {posture}")
    String posture(String posture);

    @Message("Knee off its axis")
    String offAxis();

    @Message("Knee on its axis")
    String onAxis();

    @Message("Kneecap tracking: {tracking}")
    String tracking(String tracking);

    @Message("manual therapy applied")
    String manualTherapyApplied();

    @Message("Symptoms")
    String symptomsHeading();

    @Message("none recorded")
    String noSymptoms();

    @Message("pain {score}/10")
    String painScore(Integer score);

    @Message("Suspected pain sources")
    String painSources();

    @Message("primary")
    String primary();

    @Message("Working diagnosis: {diagnosis}")
    String workingDiagnosis(String diagnosis);

    @Message("Addendum by {author}, {when}: {text} (reason: {reason})")
    String evaluationAddendum(String author, String when, String text, String reason);

    @Message("The patient has no signed evaluation yet.")
    String noSignedEvaluation();

    @Message("Current plan")
    String currentPlan();

    @Message("Plan {number}, from {start}, review {review}, prescribed by {by}.")
    String planLine(int number, String start, String review, String by);

    @Message("Goals: {goals}")
    String goals(String goals);

    @Message("The patient has no current plan.")
    String noPlan();

    @Message("Adherence and pain")
    String adherenceAndPain();

    @Message("{done} of {prescribed} prescribed sessions logged over the last {weeks} weeks ({percent} %).")
    String adherence(int done, int prescribed, Integer percent, int weeks);

    @Message("{done} sessions logged over the last {weeks} weeks; no sessions are prescribed.")
    String noAdherence(int done, int weeks);

    @Message("{count} pain scores after exercise: {first}/10 on {firstOn}, latest {last}/10 on {lastOn}.")
    String painTrend(int count, Integer first, String firstOn, Integer last, String lastOn);

    @Message("No pain scores were logged.")
    String noPainLogged();

    @Message("Outcome measures")
    String outcomes();

    @Message("No measure has been scored twice yet.")
    String noOutcomes();

    @Message("Measure")
    String measure();

    @Message("Baseline")
    String baseline();

    @Message("Latest")
    String latest();

    @Message("Change")
    String change();

    @Message("Important change")
    String threshold();

    @Message("Assessment")
    String assessment();

    @Message("Plan from here")
    String nextSteps();

    @Message("Signed electronically by {name}, {when}.")
    String signatureLine(String name, String when);

    @Message("Addenda")
    String addenda();

    @Message("{author}, {when}: {text} (reason: {reason})")
    String addendumLine(String author, String when, String text, String reason);

    // ------------------------------------------------------------------ pages and forms

    @Message("Patient")
    String breadcrumbPatient();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Progress reports")
    String reports();

    @Message("Progress reports · {name}")
    String listTitle(String name);

    @Message("Draft a progress report")
    String draftReport();

    @Message("No progress report has been written for this patient.")
    String noReports();

    @Message("Date")
    String date();

    @Message("Clinician")
    String clinician();

    @Message("Status")
    String status();

    @Message("Last sent")
    String lastSent();

    @Message("Signed")
    String signed();

    @Message("Draft")
    String draftStatus();

    @Message("not sent")
    String notSent();

    @Message("Download PDF")
    String downloadPdf();

    @Message("Download the progress report as PDF")
    String downloadPdfLabel();

    @Message("Your parts of the report")
    String yourParts();

    @Message("The record parts above were drafted from the record on {when}. Draft them again to bring in what has been recorded since; your words are kept.")
    String draftedOn(String when);

    @Message("Draft again from the record")
    String redraft();

    @Message("Save")
    String save();

    @Message("Sign the report")
    String sign();

    @Message("Signing makes the report read-only; corrections are addenda.")
    String signHint();

    @Message("This draft is {name}'s; only they can change or sign it.")
    String readOnlyDraft(String name);

    @Message("Add an addendum")
    String addAddendum();

    @Message("What is added or corrected")
    String addendumText();

    @Message("Reason")
    String reason();

    @Message("Sending")
    String sending();

    @Message("Record a sending")
    String recordSending();

    @Message("Sent on")
    String sentOn();

    @Message("How")
    String how();

    @Message("Recipient")
    String recipient();

    @Message("Leave empty for the referring physician the report is addressed to.")
    String recipientHint();

    @Message("Choose…")
    String choose();

    @Message("{date}, {method}, to {recipient}, recorded by {by}")
    String sentLine(String date, String method, String recipient, String by);

    @Message("Not sent yet.")
    String notSentYet();

    @Message("Back to the chart")
    String backToChart();

    // ------------------------------------------------------------------ refusals

    @Message("The progress report")
    String theReport();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This progress report")
    String thisRecord();

    @Message("The report is signed and can no longer be changed; add an addendum instead.")
    String signedReadOnly();

    @Message("Addenda and sendings are recorded only for a signed report.")
    String onlyWhenSigned();

    @Message("A draft progress report is already open for this patient; complete or sign it first.")
    String draftAlreadyOpen();

    @Message("Not your report")
    String notYoursTitle();

    @Message("This draft is {name}'s; only they can change or sign it.")
    String notYours(String name);

    @Message("The report cannot be signed yet")
    String incompleteForSignature();

    @Message("Write the reason for referral")
    String missingReferralReason();

    @Message("Write your assessment")
    String missingAssessment();

    @Message("Write the plan from here")
    String missingNextSteps();

    @Message("The day it was sent cannot be in the future")
    String sentInFuture();

    @Message("The day it was sent cannot be before the report was signed")
    String sentBeforeSigned();

    @Message("Name the recipient: no referring physician is recorded")
    String nameTheRecipient();

    @Message("The plan")
    String thePlan();

    @Message("Exercise handout · {name}")
    String handoutTitle(String name);
}
