package com.kneerehab.records.architecture.sample.misplaced;

/** Wrong on purpose: a feature the stack does not place. */
public class Orphan {
}
