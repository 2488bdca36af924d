package com.kneerehab.records.platform;

/** Which side of the body a finding or symptom concerns. */
public enum Side implements Labelled {
    LEFT("Left"), RIGHT("Right"), BOTH("Both");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
