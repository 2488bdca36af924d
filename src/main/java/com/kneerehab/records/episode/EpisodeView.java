package com.kneerehab.records.episode;

import java.time.Instant;
import java.time.LocalDate;

/** An episode of care as the API, the pages and other features read it. */
public record EpisodeView(Long id, Long patientId, int number, EpisodeOfCare.Status status, LocalDate startedOn,
                          String startedBy, String referralNotes, LocalDate dischargedOn, DischargeReason dischargeReason,
                          String dischargeReasonOther, String dischargeNote, String dischargedBy, Instant dischargedAt,
                          int version) {

    public boolean open() {
        return status == EpisodeOfCare.Status.OPEN;
    }

    public boolean discharged() {
        return status == EpisodeOfCare.Status.DISCHARGED;
    }

    public static EpisodeView of(EpisodeOfCare e) {
        return new EpisodeView(e.id, e.patientId, e.number, e.status, e.startedOn, e.startedByName, e.referralNotes,
                e.dischargedOn, e.dischargeReason, e.dischargeReasonOther, e.dischargeNote, e.dischargedByName,
                e.dischargedAt, e.version);
    }
}
