package com.kneerehab.records.evaluation;

import java.util.Map;

/** The findings of one evaluation step. */
public interface Findings {

    boolean isComplete();

    void setComplete(boolean complete);

    /** Field name to message, for every finding the step needs before it can be marked complete. */
    Map<String, String> missingForCompletion();
}
