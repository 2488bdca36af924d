package com.kneerehab.records.episode;

import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Messages;

/** Why an episode of care ended. The words are in {@link EpisodeMessages#reason}; OTHER needs its own words. */
public enum DischargeReason implements Labelled {
    GOALS_MET, STOPPED_ATTENDING, REFERRED_ON, OTHER;

    public String label() {
        return Messages.get(EpisodeMessages.class).reason(this);
    }
}
