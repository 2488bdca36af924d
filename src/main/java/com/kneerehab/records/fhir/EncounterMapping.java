package com.kneerehab.records.fhir;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.platform.Side;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

import static com.kneerehab.records.fhir.FhirIds.Owner.EVALUATION;

/**
 * Encounter per visit (one evaluation) and Condition per suspected pain source, plus the working
 * diagnosis as a Condition of its own. The primary source is the provisional one (the others are
 * differential) and ranks first among the sources in Encounter.diagnosis.
 */
@ApplicationScoped
class EncounterMapping implements RecordMapping {

    static final String DIAGNOSIS = "diagnosis";

    @Inject
    ClinicCodes codes;

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        for (Evaluation evaluation : record.evaluations()) {
            Encounter encounter = encounter(evaluation, text);
            out.add(encounter);
            Side side = evaluation.symptomSide != null ? evaluation.symptomSide : record.patient().affectedSide;
            if (evaluation.diagnosis != null) {
                Condition diagnosis = condition(evaluation, DIAGNOSIS, side, text);
                diagnosis.setVerificationStatus(verification("provisional", "Provisional"));
                diagnosis.setCode(diagnosisCode(evaluation));
                out.add(diagnosis);
                encounter.addDiagnosis().setCondition(Fhir.ref(diagnosis)).setRank(1)
                        .setUse(Codes.text(text.workingDiagnosis()));
            }
            int rank = 1;
            for (PainSource source : evaluation.painSources()) {
                Condition condition = condition(evaluation, FhirIds.part(source), side, text);
                boolean primary = source == evaluation.primarySource;
                condition.setVerificationStatus(primary ? verification("provisional", "Provisional")
                        : verification("differential", "Differential"));
                condition.setCode(codes.choice(source));
                out.add(condition);
                encounter.addDiagnosis().setCondition(Fhir.ref(condition)).setRank(primary ? 1 : ++rank)
                        .setUse(Codes.text(primary ? text.primarySource() : text.suspectedSource()));
            }
        }
    }

    private Encounter encounter(Evaluation evaluation, FhirMessages text) {
        Encounter encounter = new Encounter();
        encounter.setId(EVALUATION.id(evaluation.id));
        encounter.setStatus(evaluation.isSigned() ? Encounter.EncounterStatus.FINISHED
                : Encounter.EncounterStatus.INPROGRESS);
        encounter.setClass_(new Coding(Codes.ACT_CODE, "AMB", "ambulatory"));
        encounter.addType(Codes.text(text.evaluationVisit()));
        encounter.setSubject(Fhir.ref("Patient", String.valueOf(evaluation.patient.id)));
        encounter.addParticipant().setIndividual(Fhir.named(evaluation.clinicianName));
        encounter.setPeriod(new Period().setStartElement(Fhir.day(evaluation.visitDate)));
        return encounter;
    }

    private Condition condition(Evaluation evaluation, String part, Side side, FhirMessages text) {
        Condition condition = new Condition();
        condition.setId(EVALUATION.id(evaluation.id, part));
        condition.setClinicalStatus(Codes.concept(Codes.CONDITION_CLINICAL, "active", "Active"));
        condition.addCategory(Codes.concept(Codes.CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
        Codes.knees(side, text).forEach(condition::addBodySite);
        condition.setSubject(Fhir.ref("Patient", String.valueOf(evaluation.patient.id)));
        condition.setEncounter(Fhir.ref("Encounter", EVALUATION.id(evaluation.id)));
        condition.setRecordedDateElement(Fhir.day(evaluation.visitDate));
        condition.setRecorder(Fhir.named(evaluation.clinicianName));
        return condition;
    }

    private CodeableConcept diagnosisCode(Evaluation evaluation) {
        CodeableConcept code = codes.choice(evaluation.diagnosis);
        if (evaluation.diagnosis == Diagnosis.OTHER && evaluation.diagnosisOther != null) {
            code.setText(evaluation.diagnosisOther);
        }
        return code;
    }

    private static CodeableConcept verification(String code, String display) {
        return Codes.concept(Codes.CONDITION_VERIFICATION, code, display);
    }
}
