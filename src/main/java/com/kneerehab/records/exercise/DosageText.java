package com.kneerehab.records.exercise;

import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import io.quarkus.qute.TemplateExtension;

/** A dosage in the words of the page's language: {item.dosage.described}. */
@TemplateExtension
public class DosageText {

    static String described(DosageInput dosage, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Dosage.describe(Messages.get(ExerciseMessages.class, Language.of(locale)), dosage.sets(),
                dosage.repetitions(), dosage.holdSeconds(), dosage.sessionsPerDay(), dosage.sessionsPerWeek(),
                dosage.durationWeeks());
    }
}
