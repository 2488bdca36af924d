package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Labelled;

/** The symptoms on the safety stop-list: a patient who has one stops and seeks professional advice. */
public enum WarningSymptom implements Labelled {
    NUMBNESS_FACE_HEAD_JAW("Numbness or tingling in the face, head or jaw"),
    TINGLING_ARMS("Numbness or tingling down the arms"),
    UPSET_STOMACH("An upset stomach"),
    BOWEL_BLADDER("Unusual bowel or bladder function");

    private final String label;

    WarningSymptom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
