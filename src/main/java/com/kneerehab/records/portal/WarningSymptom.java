package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Labelled;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The symptoms on the safety stop-list: a patient who has one stops and seeks professional advice.
 * Their words are in {@link PortalMessages#symptom}; the stop-list is rendered from this order by
 * templates/stoplist.html, and the warning form offers the same choices.
 */
public enum WarningSymptom implements Labelled {
    NUMBNESS_FACE_HEAD_JAW,
    TINGLING_ARMS,
    UPSET_STOMACH,
    BOWEL_BLADDER;

    /** The symptom in the clinic's language (English), as clinicians read it in alerts. */
    public String label() {
        return MessageBundles.get(PortalMessages.class).symptom(this);
    }
}
