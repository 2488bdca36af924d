package com.kneerehab.records.fhir;

import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.OutcomeMessages;
import com.kneerehab.records.outcome.Questionnaire.Item;
import com.kneerehab.records.outcome.Questionnaire.Option;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questionnaire per outcome measure, from its one declaration in {@link Instrument}: a choice item's
 * answers are codings whose code is the answer's points, a rating is an integer, a PSFS activity is a group
 * of the activity's name and its rating, and VISA-P's alternative questions 8a-8c are one group.
 */
@ApplicationScoped
class QuestionnaireMapping {

    @Inject
    ClinicCodes codes;

    static String id(Instrument instrument) {
        return FhirIds.part(instrument);
    }

    static Optional<Instrument> instrument(String id) {
        return Arrays.stream(Instrument.values()).filter(i -> id(i).equals(id)).findFirst();
    }

    /** The code system of a measure's answers. */
    String answers(Instrument instrument) {
        return codes.system(id(instrument) + "-answer");
    }

    Questionnaire questionnaire(Instrument instrument) {
        OutcomeMessages words = MessageBundles.get(OutcomeMessages.class);
        var declared = instrument.questionnaire();
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id(instrument));
        questionnaire.setUrl(codes.questionnaireUrl(id(instrument)));
        questionnaire.setName(declared.abbreviation().replaceAll("[^A-Za-z0-9]", ""));
        questionnaire.setTitle(declared.title().apply(words));
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription(declared.instructions().apply(words) + "\n\n" + declared.source().citation());
        Map<String, QuestionnaireItemComponent> groups = new LinkedHashMap<>();
        for (Item item : declared.items()) {
            QuestionnaireItemComponent question = item(instrument, item, words);
            if (item.group() == null) {
                questionnaire.addItem(question);
            } else {
                groups.computeIfAbsent(item.group(), key -> questionnaire.addItem().setLinkId(key)
                        .setText(item.groupText().apply(words)).setType(QuestionnaireItemType.GROUP))
                        .addItem(question);
            }
        }
        return questionnaire;
    }

    private QuestionnaireItemComponent item(Instrument instrument, Item item, OutcomeMessages words) {
        QuestionnaireItemComponent question = new QuestionnaireItemComponent().setLinkId(item.key())
                .setText(item.text().apply(words)).setRequired(item.required());
        switch (item.kind()) {
            case CHOICE -> {
                question.setType(QuestionnaireItemType.CHOICE);
                for (Option option : item.options()) {
                    question.addAnswerOption().setValue(answer(instrument, option, words));
                }
            }
            case RATING -> question.setType(QuestionnaireItemType.INTEGER);
            case NAMED_RATING -> {
                question.setType(QuestionnaireItemType.GROUP);
                question.addItem().setLinkId(activity(item)).setText(item.text().apply(words))
                        .setType(QuestionnaireItemType.STRING).setRequired(item.required());
                question.addItem().setLinkId(rating(item)).setText(item.text().apply(words))
                        .setType(QuestionnaireItemType.INTEGER).setRequired(item.required());
            }
        }
        return question;
    }

    Coding answer(Instrument instrument, Option option, OutcomeMessages words) {
        return new Coding(answers(instrument), String.valueOf(option.points()), option.label().apply(words));
    }

    static String activity(Item item) {
        return item.key() + "-activity";
    }

    static String rating(Item item) {
        return item.key() + "-rating";
    }

    List<Questionnaire> all() {
        return Arrays.stream(Instrument.values()).map(this::questionnaire).toList();
    }
}
