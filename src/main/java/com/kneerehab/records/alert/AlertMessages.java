package com.kneerehab.records.alert;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of clinician alerts and acknowledgements, English by default; other languages go in
 * {@code messages/alert_<language>.properties}. Templates use {@code {alert:key}}. Alerts store a kind and
 * values only; these messages turn them into sentences when they are shown.
 */
@MessageBundle("alert")
public interface AlertMessages {

    @Message("{#when kind}{#is HIGH_PAIN}High pain{#is RISING_PAIN}Rising pain"
            + "{#is NO_RECENT_SESSION}No session logged recently{/when}")
    String kind(ClinicianAlert.Kind kind);

    @Message("Pain {series} of 10 (before → after) in the session of {date}")
    String highPain(String series, LocalDate date);

    @Message("Pain {series} of 10 with a logged session")
    String highPainUndated(String series);

    @Message("Pain rising over three sessions in a row: {series} of 10, the last on {date}")
    String risingPain(String series, LocalDate date);

    @Message("No session logged for {days} days while a plan is current; the last one was on {since}")
    String noRecentSession(int days, LocalDate since);

    @Message("No session logged for {days} days while a plan is current, and none ever")
    String noSessionEver(int days);

    @Message("{#when action}{#is CALLED_PATIENT}Called the patient{#is REFERRED_TO_PHYSICIAN}Referred to a physician"
            + "{#is ADVISED_TO_STOP}Advised to stop the exercises{#is OTHER}Other (see the note){/when}")
    String action(AcknowledgementAction action);

    @Message("The alert")
    String theAlert();

    @Message("Say in the note what you did")
    String noteRequiredForOther();

    @Message("Already acknowledged by {by} at {at}")
    String alreadyAcknowledged(String by, String at);
}
