package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.Messages;
import io.quarkus.qute.TemplateExtension;

/** The words for a measure's name and occasion on a page, in the page's language: {row.instrument.title}. */
@TemplateExtension
public class OutcomeTemplateExtensions {

    static String title(Instrument instrument) {
        return instrument.questionnaire().title().apply(Messages.get(OutcomeMessages.class));
    }

    static String label(Occasion occasion) {
        OutcomeMessages text = Messages.get(OutcomeMessages.class);
        return switch (occasion) {
            case BASELINE -> text.occasionBaseline();
            case REVIEW -> text.occasionReview();
            case DISCHARGE -> text.occasionDischarge();
        };
    }

    /** The language the measure's questions are worded in on a page in {@code language} (see the bundle). */
    public static String wordingLanguage(Instrument instrument) {
        return Messages.get(OutcomeMessages.class).wordingLanguage(instrument);
    }
}
