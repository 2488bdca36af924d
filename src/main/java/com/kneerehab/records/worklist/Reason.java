package com.kneerehab.records.worklist;

import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Messages;

/**
 * Why a patient is on the worklist, most urgent first: the worklist orders patients by their most urgent
 * reason. A new kind of item is one more constant here, with its words in {@link WorklistMessages#reason}, and
 * one more {@link AttentionSource}.
 */
public enum Reason implements Labelled {
    WARNING_SYMPTOM,
    HIGH_PAIN,
    RISING_PAIN,
    NO_RECENT_SESSION,
    PLAN_REVIEW_PASSED,
    DRAFT_EVALUATION,
    MEASURE_DUE,
    PROGRESS_REPORT_DUE;

    public String label() {
        return Messages.get(WorklistMessages.class).reason(this);
    }

}
