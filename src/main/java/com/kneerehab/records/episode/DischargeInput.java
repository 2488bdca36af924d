package com.kneerehab.records.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A discharge: the date, the reason (with words of its own for "other"), an optional note the patient
 * reads in the portal's discharge summary, and the version of the episode the clinician read.
 */
public record DischargeInput(
        @NotNull(message = "{episode.enter-the-discharge-date}") LocalDate dischargedOn,
        @NotNull(message = "{episode.choose-the-reason}") DischargeReason reason,
        @Size(max = 500, message = "{episode.at-most-500-characters}") String reasonOther,
        @Size(max = 2000, message = "{episode.at-most-2000-characters}") String note,
        Integer version) {
}
