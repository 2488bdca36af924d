package com.kneerehab.records.episode;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of episodes of care as the clinician reads them: the episodes page, the discharge and
 * re-referral forms, the reasons and the refusals. The patient's discharge summary speaks in the portal's
 * own words. Templates use {@code {episode:key}}.
 */
@MessageBundle("episode")
public interface EpisodeMessages {

    @Message("{#when reason}{#is GOALS_MET}Goals met{#is STOPPED_ATTENDING}Patient stopped attending"
            + "{#is REFERRED_ON}Referred on{#is OTHER}Other{/when}")
    String reason(DischargeReason reason);

    // ------------------------------------------------------------------ the episodes page

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Episodes of care")
    String episodes();

    @Message("Episodes of care · {name}")
    String title(String name);

    @Message("One episode per referral. A discharge ends the episode and the current plan; a re-referral starts the"
            + " next episode and keeps the earlier ones.")
    String intro();

    @Message("Episode {number}")
    String episode(int number);

    @Message("open since {date}")
    String openSince(String date);

    @Message("{start} to {end}")
    String period(String start, String end);

    @Message("Started by {by}")
    String startedBy(String by);

    @Message("Referral")
    String referral();

    @Message("Discharged by {by} on {date}")
    String dischargedBy(String by, String date);

    @Message("Reason")
    String reasonLabel();

    @Message("Note for the patient")
    String noteLabel();

    @Message("Discharge the patient")
    String dischargeHeading();

    @Message("Discharging ends episode {number}. The patient's portal then shows a discharge summary and the history,"
            + " and no longer asks for sessions.")
    String dischargeExplains(int number);

    @Message("Discharge date")
    String dischargedOn();

    @Message("Reason for discharge")
    String reasonQuestion();

    @Message("If other: the reason")
    String reasonOther();

    @Message("Note for the patient (shown in the portal's discharge summary)")
    String noteField();

    @Message("Discharge")
    String discharge();

    @Message("Start a new episode (re-referral)")
    String newEpisodeHeading();

    @Message("The patient is discharged. A new referral starts episode {number}; the earlier episodes stay on the chart,"
            + " and plans can be prescribed again.")
    String newEpisodeExplains(int number);

    @Message("Start date")
    String startedOn();

    @Message("Referral notes")
    String referralNotes();

    @Message("Start the new episode")
    String start();

    @Message("Back to the chart")
    String backToChart();

    @Message("No episodes of care recorded.")
    String none();

    // ------------------------------------------------------------------ refusals

    @Message("The episode of care")
    String theEpisode();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This episode of care")
    String thisRecord();

    @Message("Episode {number} is already discharged.")
    String alreadyDischarged(int number);

    @Message("Episode {number} is still open: discharge the patient before starting a new episode.")
    String alreadyOpen(int number);

    @Message("The discharge date cannot be before the episode started ({start})")
    String dischargeBeforeStart(LocalDate start);

    @Message("The discharge date cannot be in the future")
    String dischargeInFuture();

    @Message("Say what the reason is")
    String sayWhichReason();

    @Message("The new episode cannot start before the last discharge ({date})")
    String startBeforeDischarge(LocalDate date);

    @Message("The new episode cannot start in the future")
    String startInFuture();
}
