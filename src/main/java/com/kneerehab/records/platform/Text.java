package com.kneerehab.records.platform;

/** How free text from people is stored: trimmed, and blank means "not given". */
public final class Text {

    private Text() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
