package com.kneerehab.records.outcome;

import java.time.LocalDate;

/**
 * A patient with a measure to take, why, and since when: the first evaluation's visit date when no baseline
 * measure was ever assigned, the due date of a measure assigned and not yet answered, or the review date of
 * the current plan when no review measure was assigned since the plan began. {@code measureId},
 * {@code instrument} and {@code occasion} name the assigned measure for {@link Reason#NOT_ANSWERED} only.
 */
public record DueMeasure(long patientId, String mrn, String givenName, String familyName, Reason reason,
                         LocalDate since, Long measureId, Instrument instrument, Occasion occasion) {

    public enum Reason {
        /** evaluated, but no baseline measure has been assigned */
        BASELINE_MISSING,
        /** assigned, due, and not yet submitted */
        NOT_ANSWERED,
        /** the current plan's review date has come and no review measure was assigned for it */
        REVIEW_DUE
    }
}
