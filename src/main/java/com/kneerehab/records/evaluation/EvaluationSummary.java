package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a patient's evaluation history. */
public record EvaluationSummary(Long id, LocalDate visitDate, Evaluation.Status status, String clinicianName,
                                PainSource primarySource, Diagnosis diagnosis, Instant signedAt,
                                boolean ribcageComplete, boolean hipComplete, boolean footAnkleComplete,
                                boolean kneeAxisComplete, Instant enteredInErrorAt) {

    /** Signed, then marked as recorded in error (on the wrong patient): shown in the history only. */
    public boolean enteredInError() {
        return enteredInErrorAt != null;
    }

    public int stepsComplete() {
        return (ribcageComplete ? 1 : 0) + (hipComplete ? 1 : 0) + (footAnkleComplete ? 1 : 0)
                + (kneeAxisComplete ? 1 : 0);
    }

    public boolean signed() {
        return status == Evaluation.Status.SIGNED;
    }
}
