package com.kneerehab.records.outcome;

/** When in the course of care a measure is taken. */
public enum Occasion {
    BASELINE, REVIEW, DISCHARGE
}
