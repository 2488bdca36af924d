package com.kneerehab.records.platform;

import java.util.Map;
import java.util.function.Function;

/**
 * Confirmation messages shown after a redirect. The address carries only a fixed code, never text,
 * so nothing a user typed can be reflected back through it. The words are in {@link PlatformMessages}.
 */
public final class Notices {

    private static final Map<String, Function<PlatformMessages, String>> TEXT = Map.ofEntries(
            Map.entry("patient-registered", PlatformMessages::noticePatientRegistered),
            Map.entry("patient-saved", PlatformMessages::noticePatientSaved),
            Map.entry("evaluation-started", PlatformMessages::noticeEvaluationStarted),
            Map.entry("step-saved", PlatformMessages::noticeStepSaved),
            Map.entry("step-completed", PlatformMessages::noticeStepCompleted),
            Map.entry("assessment-saved", PlatformMessages::noticeAssessmentSaved),
            Map.entry("evaluation-signed", PlatformMessages::noticeEvaluationSigned),
            Map.entry("addendum-added", PlatformMessages::noticeAddendumAdded),
            Map.entry("exercise-saved", PlatformMessages::noticeExerciseSaved),
            Map.entry("exercise-retired", PlatformMessages::noticeExerciseRetired),
            Map.entry("exercise-reinstated", PlatformMessages::noticeExerciseReinstated),
            Map.entry("plan-prescribed", PlatformMessages::noticePlanPrescribed),
            Map.entry("plan-revised", PlatformMessages::noticePlanRevised),
            Map.entry("alert-acknowledged", PlatformMessages::noticeAlertAcknowledged),
            Map.entry("patient-discharged", PlatformMessages::noticePatientDischarged),
            Map.entry("episode-started", PlatformMessages::noticeEpisodeStarted),
            Map.entry("session-logged", PlatformMessages::noticeSessionLogged),
            Map.entry("warning-reported", PlatformMessages::noticeWarningReported),
            Map.entry("account-saved", PlatformMessages::noticeAccountSaved),
            Map.entry("language-saved", PlatformMessages::noticeLanguageSaved),
            Map.entry("report-drafted", PlatformMessages::noticeReportDrafted),
            Map.entry("report-saved", PlatformMessages::noticeReportSaved),
            Map.entry("report-signed", PlatformMessages::noticeReportSigned),
            Map.entry("report-sent", PlatformMessages::noticeReportSent));

    private Notices() {
    }

    /** The notice for a code in the request's language, or null for an unknown code. */
    public static String text(String code) {
        Function<PlatformMessages, String> text = code == null ? null : TEXT.get(code);
        return text == null ? null : text.apply(Messages.get(PlatformMessages.class));
    }
}
