package com.kneerehab.records.platform;

import java.util.Map;

/**
 * Confirmation messages shown after a redirect. The address carries only a fixed code, never text,
 * so nothing a user typed can be reflected back through it.
 */
public final class Notices {

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("patient-registered", "The patient is registered."),
            Map.entry("patient-saved", "The patient's details are saved."),
            Map.entry("evaluation-started", "The evaluation is started. Work through the steps from the top."),
            Map.entry("step-saved", "The step is saved as a draft."),
            Map.entry("step-completed", "The step is complete."),
            Map.entry("assessment-saved", "Symptoms and pain sources are saved."),
            Map.entry("evaluation-signed", "The evaluation is signed. It is now read-only; corrections go in addenda."),
            Map.entry("addendum-added", "The addendum is added."),
            Map.entry("exercise-saved", "The exercise is saved."),
            Map.entry("exercise-retired", "The exercise is retired. Plans that use it keep it."),
            Map.entry("exercise-reinstated", "The exercise is back in the library."),
            Map.entry("plan-prescribed", "The plan is prescribed."),
            Map.entry("plan-revised", "The plan is revised. The previous version is kept as superseded."),
            Map.entry("alert-acknowledged", "The alert is acknowledged."),
            Map.entry("session-logged", "Your session is logged. Well done."),
            Map.entry("warning-reported", "Your report has been sent to your clinic."),
            Map.entry("account-saved", "The account is saved."));

    private Notices() {
    }

    public static String text(String code) {
        return code == null ? null : TEXT.get(code);
    }
}
