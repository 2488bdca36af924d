package com.kneerehab.records.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the patient's portal, including the safety notice and the warning symptoms.
 * Templates: {portal:key}; Java: Messages.get(PortalMessages.class). Spanish:
 * messages/portal_es.properties, listed for clinical review in docs/translations.md.
 */
@MessageBundle("portal")
public interface PortalMessages {

    // ------------------------------------------------------------------ safety notice and stop-list
    @Message("Before you exercise")
    String safetyHeading();

    @Message("See a physician before you start an exercise programme.")
    String safetySeePhysician();

    @Message("Stop and get professional advice straight away")
    String safetyStopNow();

    @Message("if you notice any of these:")
    String safetyIfYouNotice();

    @Message("I have a warning symptom")
    String safetyReportButton();

    @Message("Safety:")
    String safetyPrintLead();

    @Message("See a physician before starting. Stop and seek professional advice if you get any of these:")
    String safetyPrintStop();

    /** The words of each symptom on the stop-list, the warning form and the guidance page. */
    @Message("{#when symptom}"
            + "{#is NUMBNESS_FACE_HEAD_JAW}Numbness or tingling in the face, head or jaw"
            + "{#is TINGLING_ARMS}Numbness or tingling down the arms"
            + "{#is UPSET_STOMACH}An upset stomach"
            + "{#is BOWEL_BLADDER}Unusual bowel or bladder function"
            + "{/when}")
    String symptom(WarningSymptom symptom);

    @Message("Safety")
    String safetyTitle();

    @Message("Exercise safely")
    String exerciseSafely();

    // ------------------------------------------------------------------ home and plans
    @Message("My plan")
    String homeTitle();

    @Message("Hello, {name}")
    String hello(String name);

    @Message("My exercise plan")
    String myExercisePlan();

    @Message("Log a session")
    String logASession();

    @Message("My progress")
    String myProgress();

    @Message("Print this plan")
    String printThisPlan();

    @Message("Earlier plans")
    String earlierPlans();

    @Message("You have no current plan yet. Your clinic will prescribe one after your evaluation.")
    String noCurrentPlanYet();

    @Message("Back to my plan")
    String backToMyPlan();

    @Message("Prescribed by {by} · started {start} · next review {review}")
    String planPrescribedBy(String by, String start, String review);

    @Message("Your goals:")
    String planGoals();

    @Message("How to do {name}")
    String exerciseImageAlt(String name);

    @Message("From your clinician:")
    String fromYourClinician();

    @Message("Plan {number}")
    String planNumber(int number);

    @Message("My current plan")
    String myCurrentPlan();

    @Message("Plan {number} (no longer current)")
    String planNoLongerCurrent(int number);

    @Message("This plan is not current.")
    String planNotCurrent();

    @Message("It was replaced on {when}.")
    String planReplacedOn(String when);

    @Message("Follow your current plan instead.")
    String followCurrentPlan();

    @Message("Exercises")
    String exercises();

    @Message("Use your browser's print command to print this page.")
    String printHint();

    @Message("My plans")
    String myPlans();

    @Message("No plans yet.")
    String noPlansYet();

    @Message("from {date}")
    String planFrom(String date);

    @Message("current")
    String current();

    @Message("no longer current")
    String noLongerCurrent();

    @Message("It ended on {when}, when your course of treatment ended.")
    String planEndedOn(String when);

    @Message("This plan is kept as a record of what you did. It is not your current plan and cannot be printed as one.")
    String planKeptAsHistory();

    // ------------------------------------------------------------------ discharge summary
    @Message("Your course of treatment has ended")
    String dischargeHeading();

    @Message("Your clinic discharged you on {date}.")
    String dischargedOn(String date);

    @Message("Reason:")
    String dischargeReasonLead();

    @Message("{#when reason}{#is GOALS_MET}The goals of your treatment were met"
            + "{#is STOPPED_ATTENDING}You stopped attending"
            + "{#is REFERRED_ON}You were referred to another service"
            + "{#is OTHER}Another reason{/when}")
    String dischargeReason(com.kneerehab.records.episode.DischargeReason reason);

    @Message("Discharged by:")
    String dischargedByLead();

    @Message("A note from your clinician:")
    String dischargeNoteLead();

    @Message("You no longer log sessions here. Your earlier plans and your progress stay available to read. If your"
            + " knee troubles you again, contact your clinic: a new referral starts a new course of treatment.")
    String dischargeWhatNow();

    @Message("My earlier plans")
    String myEarlierPlans();

    @Message("Your course of treatment ended on {date}, so sessions are no longer logged. If your knee troubles you"
            + " again, contact your clinic.")
    String sessionsEnded(String date);

    @Message("Your course of treatment has ended, so sessions are no longer logged. If your knee troubles you again,"
            + " contact your clinic.")
    String sessionsEndedNoDate();

    @Message("Treatment ended")
    String sessionsEndedTitle();

    // ------------------------------------------------------------------ progress
    @Message("No sessions logged yet.")
    String noSessionsYet();

    @Message("Pain score over the logged sessions")
    String painChartTitle();

    @Message("Pain (0 none – 10 worst)")
    String painAxis();

    @Message("Pain before the session")
    String painBeforeSeries();

    @Message("Pain after the session")
    String painAfterSeries();

    @Message("{date}: {score} of 10")
    String painPoint(String date, int score);

    @Message("{sessions} sessions logged from {from} to {to}. Pain after the first: {first} of 10; after the latest: {last} of 10.")
    String painSummary(int sessions, String from, String to, int first, int last);

    @Message("No sessions logged in the weeks shown.")
    String painSummaryNone();

    @Message("Marked on the time line: new plans {plans}, warning reports {warnings}.")
    String eventsSummary(int plans, int warnings);

    @Message("Events")
    String events();

    @Message("Plan {number} starts")
    String planEvent(int number);

    @Message("Warning report: {symptom}")
    String warningEvent(String symptom);

    @Message("New plan")
    String planLegend();

    @Message("Warning report")
    String warningLegend();

    @Message("Adherence (% of the plan's sessions)")
    String adherenceAxis();

    @Message("Sessions done per week, as a share of the plan's")
    String adherenceSeries();

    @Message("Week of {week}: {done} of {prescribed} sessions ({percent})")
    String adherenceBar(String week, int done, int prescribed, String percent);

    @Message("This week: {done} of {prescribed} sessions ({percent}). Over the {weeks} weeks shown: {total} of {all} ({average}).")
    String adherenceSummary(int done, int prescribed, String percent, int weeks, int total, int all, String average);

    @Message("Sessions per week against the plan")
    String adherenceCaption();

    @Message("Week starting")
    String weekStarting();

    @Message("Sessions done")
    String sessionsDone();

    @Message("Prescribed")
    String sessionsPrescribed();

    @Message("Adherence")
    String adherence();

    @Message("Pain scores (0–10)")
    String painCaption();

    @Message("Date")
    String date();

    @Message("Before")
    String painBefore();

    @Message("After")
    String painAfter();

    // ------------------------------------------------------------------ session form
    @Message("Date")
    String sessionDate();

    @Message("Exercises I did")
    String exercisesIDid();

    @Message("Pain before (0 none – 10 worst)")
    String painBeforeLabel();

    @Message("Pain after (0 none – 10 worst)")
    String painAfterLabel();

    @Message("Note (optional)")
    String noteOptional();

    @Message("Save the session")
    String saveTheSession();

    @Message("You have no current plan, so there is nothing to log yet.")
    String nothingToLog();

    // ------------------------------------------------------------------ warning form and guidance
    @Message("Report a warning symptom")
    String reportWarningTitle();

    @Message("Stop exercising now.")
    String stopExercisingNow();

    @Message("If the symptom is severe or sudden, call emergency services.")
    String ifSevereCallEmergency();

    @Message("Which symptom do you have?")
    String whichSymptom();

    @Message("Anything else your clinician should know (optional)")
    String anythingElse();

    @Message("Send to my clinic")
    String sendToMyClinic();

    @Message("What to do now")
    String guidanceTitle();

    @Message("Stop your exercises and seek medical advice today.")
    String guidanceStop();

    @Message("You reported:")
    String youReported();

    @Message("Do not restart the exercises until a physician or your physical therapist says it is safe.")
    String guidanceDoNotRestart();

    @Message("If the symptom is severe, sudden or getting worse, call emergency services now.")
    String guidanceEmergency();

    @Message("Your clinic has been told and will contact you.")
    String guidanceClinicTold();

    // ------------------------------------------------------------------ account and language
    @Message("My account")
    String accountTitle();

    @Message("Name")
    String accountName();

    @Message("User name")
    String accountUsername();

    @Message("Language · Idioma")
    String languageLink();

    @Message("Language for these pages")
    String languageQuestion();

    @Message("Automatic (the language of my browser)")
    String languageAutomatic();

    @Message("English")
    String languageEnglish();

    @Message("Español")
    String languageSpanish();

    @Message("Save")
    String saveLanguage();

    @Message("Choose one of the languages shown")
    String chooseALanguage();

    // ------------------------------------------------------------------ refusals
    @Message("Not linked to a record")
    String notLinkedTitle();

    @Message("Your account is not linked to a patient record yet. Please ask the clinic to link it.")
    String notLinked();

    @Message("Your record")
    String yourRecord();

    @Message("The plan")
    String thePlan();

    @Message("A current plan")
    String aCurrentPlan();

    @Message("The session")
    String theSession();

    @Message("The report")
    String theReport();

    @Message("The alert")
    String theAlert();

    @Message("You have no current plan to log a session against. Your clinic will prescribe one.")
    String noPlanToLogAgainst();

    @Message("Choose exercises from your current plan")
    String chooseFromCurrentPlan();

    // ------------------------------------------------------------------ questionnaires (outcome measures)
    @Message("My questionnaires")
    String measuresTitle();

    @Message("Questionnaires to fill in")
    String measuresDue();

    @Message("You have no questionnaires to fill in.")
    String measuresNoneDue();

    @Message("Sent")
    String measuresDone();

    @Message("You have not sent any questionnaires yet.")
    String measuresNoneDone();

    @Message("due {date}")
    String measureDueOn(String date);

    @Message("started: carry on where you stopped")
    String measureInProgress();

    @Message("sent {when}")
    String measureSentOn(String when);

    @Message("Back to my questionnaires")
    String measuresBack();

    @Message("Page {page} of {pages}")
    String measurePageOf(int page, int pages);

    @Message("questions {first}–{last} of {total}")
    String measureQuestionsOf(int first, int last, int total);

    @Message("Progress through the questionnaire")
    String measureProgress();

    @Message("These questions are shown in English, in the wording of the published questionnaire, until the clinic has its validated Spanish version.")
    String measureInOriginalLanguage();

    @Message("Save and continue")
    String measureNext();

    @Message("Back")
    String measureBack();

    @Message("Save and finish later")
    String measureLater();

    @Message("Send my answers")
    String measureSubmit();

    @Message("Once sent, your answers go to your clinician and cannot be changed.")
    String measureSubmitNote();

    @Message("Your answers are saved. Come back any time to finish.")
    String measureSavedNotice();

    @Message("Thank you. Your answers have been sent to your clinician.")
    String measureSubmittedNotice();

    @Message("Your answers")
    String measureYourAnswers();

    @Message("Some questions are not answered yet: they are marked below. Your other answers are kept.")
    String measureStillOpen();
    // ------------------------------------------------------------------ printed documents (PDF)

    @Message("Exercise handout")
    String handoutHeading();

    @Message("Exercise handout · {name}")
    String handoutTitle(String name);

    @Message("Plan {number} · {name}")
    String planDocumentTitle(int number, String name);

    @Message("Record number {mrn}")
    String recordNumber(String mrn);

    @Message("current")
    String planCurrentMark();

    @Message("superseded")
    String planSupersededMark();

    @Message("This plan was replaced on {when}. It is kept for the record.")
    String planSupersededPrinted(String when);

    @Message("Exercise")
    String tableExercise();

    @Message("Dosage")
    String tableDosage();

    @Message("Notes from your clinician")
    String tableNotes();

    @Message("Download my exercise handout (PDF)")
    String downloadHandout();

    @Message("Download my plan (PDF)")
    String downloadPlan();
    // ------------------------------------------------------------------ my record (read and download)
    @Message("My record: read it or download a copy")
    String myRecord();

    @Message("My record")
    String recordTitle();

    @Message("Everything the clinic has recorded about your knee care: your visits, your plans, the sessions you logged and your questionnaire scores.")
    String recordIntro();

    @Message("Download my record")
    String downloadRecord();

    @Message("The file is in FHIR R4 JSON, the format health systems exchange records in. You can give it to another clinic or your physician.")
    String downloadHint();

    @Message("My details")
    String recordDetails();

    @Message("Record number")
    String recordNumberLabel();

    @Message("Date of birth")
    String recordBirthDate();

    @Message("Visits")
    String recordVisits();

    @Message("Nothing recorded yet.")
    String recordNone();

    @Message("Visit on {date}")
    String recordVisitOn(String date);

    @Message("Seen by {clinician}")
    String recordSeenBy(String clinician);

    @Message("not signed yet")
    String recordNotSigned();

    @Message("Working diagnosis")
    String recordDiagnosis();

    @Message("Suspected sources of the pain")
    String recordSources();

    @Message("main one")
    String recordPrimary();

    @Message("Pain at the visit")
    String recordPain();

    @Message("Exercise plans")
    String recordPlans();

    @Message("Completed")
    String recordPlanCompleted();

    @Message("Sessions logged")
    String recordSessions();

    @Message("Date")
    String recordDate();

    @Message("Pain before")
    String recordPainBefore();

    @Message("Pain after")
    String recordPainAfter();

    @Message("Questionnaire scores")
    String recordScores();

    @Message("Questionnaire")
    String recordMeasure();

    @Message("Score")
    String recordScore();

    @Message("corrected later")
    String recordCorrected();

    @Message("Back to my account")
    String backToMyAccount();
}
