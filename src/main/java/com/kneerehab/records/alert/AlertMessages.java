package com.kneerehab.records.alert;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of clinician alerts, English by default; other languages go in
 * {@code messages/alert_<language>.properties}. Templates use {@code {alert:key}}.
 */
@MessageBundle("alert")
public interface AlertMessages {

    @Message("{#when kind}{#is WARNING_SYMPTOM}Warning symptom reported{#is HIGH_PAIN}High pain score"
            + "{#is NO_RECENT_SESSION}No session logged recently{/when}")
    String kind(ClinicianAlert.Kind kind);

    @Message("The alert")
    String theAlert();
}
