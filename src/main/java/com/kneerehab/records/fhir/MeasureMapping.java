package com.kneerehab.records.fhir;

import com.kneerehab.records.outcome.AssignedMeasure;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.MeasureResponse;
import com.kneerehab.records.outcome.OutcomeMessages;
import com.kneerehab.records.outcome.Questionnaire.Item;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static com.kneerehab.records.fhir.FhirIds.Owner.MEASURE;

/**
 * Outcome measures: the Questionnaire of each instrument the patient answered, a QuestionnaireResponse per
 * submitted response (completed; amended for a correction; entered-in-error once a correction replaced it)
 * and its score as an Observation derived from it. NPRS scores carry LOINC 72514-3 as well.
 */
@ApplicationScoped
class MeasureMapping implements RecordMapping {

    @Inject
    ClinicCodes codes;

    @Inject
    QuestionnaireMapping questionnaires;

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        OutcomeMessages words = MessageBundles.get(OutcomeMessages.class);
        Set<Instrument> used = EnumSet.noneOf(Instrument.class);
        record.responses().forEach(r -> used.add(r.assignment.instrument));
        used.forEach(instrument -> out.add(questionnaires.questionnaire(instrument)));
        Reference patient = Fhir.ref("Patient", String.valueOf(record.patient().id));
        for (MeasureResponse response : record.responses()) {
            QuestionnaireResponse answers = response(response, patient, words);
            out.add(answers);
            out.add(score(response, answers, patient, text));
        }
    }

    private QuestionnaireResponse response(MeasureResponse response, Reference patient, OutcomeMessages words) {
        AssignedMeasure measure = response.assignment;
        QuestionnaireResponse answers = new QuestionnaireResponse();
        answers.setId(MEASURE.id(measure.id, String.valueOf(response.number)));
        answers.setQuestionnaire(codes.questionnaireUrl(QuestionnaireMapping.id(measure.instrument)));
        answers.setStatus(response.status == MeasureResponse.Status.SUPERSEDED
                ? QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
                : response.number > 1 ? QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED
                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        answers.setSubject(patient.copy());
        answers.setAuthoredElement(Fhir.dateTime(response.submittedAt));
        boolean byPatient = response.answeredBy == MeasureResponse.AnsweredBy.PATIENT;
        answers.setAuthor(byPatient ? patient.copy() : Fhir.named(response.answeredByName));
        answers.setSource(patient.copy());
        Map<String, MeasureResponse.Answer> given = new LinkedHashMap<>();
        response.answers.forEach(a -> given.put(a.itemKey, a));
        Map<String, QuestionnaireResponseItemComponent> groups = new LinkedHashMap<>();
        for (Item item : measure.instrument.questionnaire().items()) {
            MeasureResponse.Answer answer = given.get(item.key());
            if (answer == null || (answer.value == null && answer.text == null)) {
                continue;
            }
            QuestionnaireResponseItemComponent answered = item(measure.instrument, item, answer, words);
            if (!answered.hasAnswer() && !answered.hasItem()) {
                continue;
            }
            if (item.group() == null) {
                answers.addItem(answered);
            } else {
                groups.computeIfAbsent(item.group(), key -> answers.addItem().setLinkId(key)).addItem(answered);
            }
        }
        return answers;
    }

    private QuestionnaireResponseItemComponent item(Instrument instrument, Item item, MeasureResponse.Answer answer,
                                                    OutcomeMessages words) {
        QuestionnaireResponseItemComponent answered = new QuestionnaireResponseItemComponent().setLinkId(item.key())
                .setText(item.text().apply(words));
        switch (item.kind()) {
            case CHOICE -> item.options().stream().filter(o -> answer.value != null && o.points() == answer.value)
                    .findFirst().ifPresent(o -> answered.addAnswer().setValue(questionnaires.answer(instrument, o, words)));
            case RATING -> answered.addAnswer().setValue(new IntegerType(answer.value));
            case NAMED_RATING -> {
                if (answer.text != null) {
                    answered.addItem().setLinkId(QuestionnaireMapping.activity(item))
                            .addAnswer().setValue(new StringType(answer.text));
                }
                if (answer.value != null) {
                    answered.addItem().setLinkId(QuestionnaireMapping.rating(item))
                            .addAnswer().setValue(new IntegerType(answer.value));
                }
            }
        }
        return answered;
    }

    private Observation score(MeasureResponse response, QuestionnaireResponse answers, Reference patient,
                              FhirMessages text) {
        AssignedMeasure measure = response.assignment;
        String abbreviation = measure.instrument.questionnaire().abbreviation();
        Observation score = new Observation();
        score.setId(MEASURE.id(measure.id, String.valueOf(response.number), "score"));
        score.setStatus(switch (answers.getStatus()) {
            case ENTEREDINERROR -> Observation.ObservationStatus.ENTEREDINERROR;
            case AMENDED -> Observation.ObservationStatus.AMENDED;
            default -> Observation.ObservationStatus.FINAL;
        });
        score.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        CodeableConcept code = codes.finding(QuestionnaireMapping.id(measure.instrument) + "-score",
                text.scoreOf(abbreviation));
        if (measure.instrument == Instrument.NPRS) {
            code.addCoding(Codes.PAIN_0_10.copy());
        }
        score.setCode(code);
        score.setSubject(patient.copy());
        score.setEffective(Fhir.dateTime(measure.completedAt != null ? measure.completedAt : response.submittedAt));
        score.setIssuedElement(Fhir.instant(response.submittedAt));
        score.addPerformer(answers.getAuthor().copy());
        score.setValue(new Quantity().setValue(response.score).setUnit("{score}").setSystem(Codes.UCUM)
                .setCode("{score}"));
        score.addDerivedFrom(Fhir.ref(answers));
        return score;
    }
}
