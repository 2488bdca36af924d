package com.kneerehab.records.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a patient's plan history. */
public record PlanSummary(Long id, int planNumber, TreatmentPlan.Status status, LocalDate startDate,
                          LocalDate reviewDate, String prescribedBy, Instant createdAt, Instant supersededAt,
                          Instant endedAt, int exerciseCount) {

    public boolean current() {
        return status == TreatmentPlan.Status.CURRENT;
    }

    /** Ended with a discharge rather than replaced by a revision. */
    public boolean ended() {
        return status == TreatmentPlan.Status.ENDED;
    }
}
