package com.kneerehab.records.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A re-referral: the patient, the day the new episode of care starts and what the referral says. */
public record NewEpisodeInput(
        @NotNull(message = "{episode.choose-the-patient}") Long patientId,
        @NotNull(message = "{episode.enter-the-start-date}") LocalDate startedOn,
        @Size(max = 4000, message = "{episode.at-most-4000-characters}") String referralNotes) {
}
