package com.kneerehab.records.platform;

import io.quarkus.qute.i18n.MessageBundles;

/** Which side of the body a finding or symptom concerns. Its words: {@link PlatformMessages#side}. */
public enum Side implements Labelled {
    LEFT, RIGHT, BOTH;

    public String label() {
        return MessageBundles.get(PlatformMessages.class).side(this);
    }
}
