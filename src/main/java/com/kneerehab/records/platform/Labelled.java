package com.kneerehab.records.platform;

/** A choice shown to people: every choice list's values carry the words a clinician reads. */
public interface Labelled {
    String label();

    String name();
}
