package com.kneerehab.records.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the shared layout, the form fragments, the home and error pages, the confirmation
 * notices and the refusals every feature shares. Templates: {platform:key}; Java: {@link Messages}.
 * Spanish: messages/platform_es.properties.
 */
@MessageBundle("platform")
public interface PlatformMessages {

    // ------------------------------------------------------------------ layout
    @Message("Knee Rehab Records")
    String appName();

    @Message("Skip to content")
    String skipToContent();

    /** The name of a chart's legend (timechart.html). */
    @Message("Legend")
    String chartLegend();

    @Message("Main")
    String navMain();

    @Message("Patients")
    String navPatients();

    @Message("Worklist")
    String navWorklist();

    @Message("{count} {#if count == 1}warning{#else}warnings{/if}")
    String navUrgent(long count);

    @Message("Exercise library")
    String navExercises();

    @Message("My plan")
    String navMyPlan();

    @Message("My account")
    String navMyAccount();

    @Message("Accounts")
    String navAccounts();

    @Message("Audit trail")
    String navAudit();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOut();

    @Message("Knee Rehab Records · patient information is confidential")
    String footer();

    // ------------------------------------------------------------------ form fragments
    @Message("Please correct the marked fields.")
    String correctMarkedFields();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Complete")
    String stepComplete();

    @Message("Draft")
    String stepDraft();

    @Message("Complete “{step}” before marking this step complete. You can save a draft now.")
    String stepBlocked(String step);

    @Message("Save draft")
    String stepSaveDraft();

    @Message("Save and mark complete")
    String stepSaveComplete();

    @Message("Previous")
    String previousPage();

    @Message("Next")
    String nextPage();

    @Message("Pages")
    String pages();

    @Message("Cancel")
    String cancel();

    @Message("Search")
    String search();

    @Message("{#when side}{#is LEFT}Left{#is RIGHT}Right{#is BOTH}Both{/when}")
    String side(Side side);

    // ------------------------------------------------------------------ home page
    @Message("Home")
    String homeTitle();

    @Message("Welcome, {name}")
    String homeWelcome(String name);

    /** Read as: "You are signed in as" NAME "with the role" ROLE "." */
    @Message("You are signed in as")
    String homeSignedInAs();

    @Message("with the role")
    String homeWithRole();

    @Message(".")
    String homeSignedInEnd();

    @Message("Find a patient")
    String homeFindPatient();

    @Message("See my exercise plan")
    String homeSeeMyPlan();

    @Message("Manage accounts")
    String homeManageAccounts();

    @Message("Your account has no role in this clinic yet. Ask the clinic's administrator to set one up.")
    String homeNoRole();

    @Message("Records for runner's knee care: evaluations, exercise plans and progress, shared between the clinic and its patients.")
    String homeAbout();

    // ------------------------------------------------------------------ error page
    @Message("Back to the home page")
    String backToHome();

    // ------------------------------------------------------------------ problem titles and details
    @Message("Not found")
    String notFoundTitle();

    @Message("{what} was not found.")
    String notFound(String what);

    @Message("Edited elsewhere")
    String staleTitle();

    /** {@code what} is the record as each feature's bundle names it for this sentence ("This evaluation"). */
    @Message("{what} was changed by someone else since you opened it. Reload it to see the latest version, then make your change again.")
    String stale(String what);

    @Message("Not allowed in this state")
    String conflictTitle();

    @Message("Cannot be saved")
    String invalidTitle();

    @Message("Invalid request")
    String invalidRequestTitle();

    @Message("Some values are missing or out of range.")
    String invalidRequest();

    @Message("Unreadable request")
    String unreadableTitle();

    @Message("The request body is not valid JSON for this operation, or holds a value that is not allowed.")
    String unreadableJson();

    @Message("A value in the request is of the wrong type or not one of the allowed choices.")
    String mismatchedJson();

    @Message("Not an allowed value")
    String notAllowedValue();

    @Message("Forbidden")
    String forbiddenTitle();

    @Message("Your account is not allowed to do this.")
    String forbidden();

    @Message("Request failed")
    String requestFailedTitle();

    @Message("Unauthorized")
    String status401Title();

    @Message("Sign in, or send a valid access token in the Authorization header.")
    String apiCredentialsRequired();

    @Message("Forbidden")
    String status403Title();

    @Message("Not Found")
    String status404Title();

    @Message("Method Not Allowed")
    String status405Title();

    @Message("Not Acceptable")
    String status406Title();

    @Message("Request Entity Too Large")
    String status413Title();

    @Message("Unsupported Media Type")
    String status415Title();

    @Message("There is nothing at this address, or you may not see it.")
    String status404();

    @Message("This address does not accept that kind of request.")
    String status405();

    @Message("This address cannot answer in the format asked for.")
    String status406();

    @Message("The request is larger than the limit.")
    String status413();

    @Message("The request body is not in a format this address accepts.")
    String status415();

    @Message("{title}.")
    String statusOther(String title);

    @Message("Conflicting change")
    String conflictingChangeTitle();

    @Message("This change conflicts with another one saved at the same time. Reload and try again.")
    String conflictingChange();

    @Message("Temporarily unavailable")
    String unavailableTitle();

    @Message("The records database cannot be reached right now. Nothing was saved; please try again in a moment.")
    String databaseUnavailable();

    @Message("The sign-in service cannot be reached right now. Please try again in a moment.")
    String signInUnavailable();

    @Message("Something went wrong")
    String unexpectedTitle();

    @Message("The request could not be completed. It has been logged; please try again.")
    String unexpected();

    @Message("Request too large")
    String tooLargeTitle();

    @Message("The request body is larger than the limit of {kib} KiB. Nothing was saved.")
    String tooLarge(long kib);

    @Message("The form could not be accepted")
    String formRefusedTitle();

    @Message("Nothing was saved. The page the form came from has expired or was opened before you last signed in. Go back, reload the page and send the form again.")
    String formRefused();

    @Message("The record version is required to save a change")
    String versionRequired();

    // ------------------------------------------------------------------ values a form could not read
    @Message("Enter a whole number")
    String enterWholeNumber();

    @Message("Choose one of the options")
    String chooseAnOption();

    @Message("Choose from the options shown")
    String chooseFromOptions();

    @Message("Enter a date as yyyy-mm-dd")
    String enterDate();

    // ------------------------------------------------------------------ notices after a redirect
    @Message("The patient is registered.")
    String noticePatientRegistered();

    @Message("The patient's details are saved.")
    String noticePatientSaved();

    @Message("The evaluation is started. Work through the steps from the top.")
    String noticeEvaluationStarted();

    @Message("The step is saved as a draft.")
    String noticeStepSaved();

    @Message("The step is complete.")
    String noticeStepCompleted();

    @Message("Symptoms and pain sources are saved.")
    String noticeAssessmentSaved();

    @Message("The evaluation is signed. It is now read-only; corrections go in addenda.")
    String noticeEvaluationSigned();

    @Message("The addendum is added.")
    String noticeAddendumAdded();

    @Message("The exercise is saved.")
    String noticeExerciseSaved();

    @Message("The exercise is retired. Plans that use it keep it.")
    String noticeExerciseRetired();

    @Message("The exercise is back in the library.")
    String noticeExerciseReinstated();

    @Message("The plan is prescribed.")
    String noticePlanPrescribed();

    @Message("The plan is revised. The previous version is kept as superseded.")
    String noticePlanRevised();

    @Message("Acknowledged; it is off the worklist.")
    String noticeAlertAcknowledged();

    @Message("The patient is discharged. The episode of care and the current plan have ended.")
    String noticePatientDischarged();

    @Message("A new episode of care has started. Plans can be prescribed again.")
    String noticeEpisodeStarted();

    @Message("Your session is logged. Well done.")
    String noticeSessionLogged();

    @Message("Your report has been sent to your clinic.")
    String noticeWarningReported();

    @Message("The account is saved.")
    String noticeAccountSaved();

    @Message("Your language is saved.")
    String noticeLanguageSaved();

    // ------------------------------------------------------------------ printed documents (PDF)

    @Message("Page")
    String pdfPage();

    @Message("of")
    String pdfOf();

    @Message("Printed {when}")
    String pdfPrinted(String when);

    @Message("The progress report is saved.")
    String noticeReportSaved();

    @Message("The progress report is drafted from the record.")
    String noticeReportDrafted();

    @Message("The progress report is signed. It can no longer be changed; add an addendum to correct it.")
    String noticeReportSigned();

    @Message("The sending of the report is recorded.")
    String noticeReportSent();
}
