package com.kneerehab.records.alert;

import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Messages;

/** What a clinician did about a warning report or an alert; the words are in {@link AlertMessages#action}. */
public enum AcknowledgementAction implements Labelled {
    CALLED_PATIENT,
    REFERRED_TO_PHYSICIAN,
    ADVISED_TO_STOP,
    /** Anything else; the note says what. */
    OTHER;

    public String label() {
        return Messages.get(AlertMessages.class).action(this);
    }
}
