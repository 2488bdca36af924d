package com.kneerehab.records.fhir;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;

import static com.kneerehab.records.fhir.FhirIds.Owner.PLAN;
import static com.kneerehab.records.fhir.FhirIds.Owner.SESSION;

/**
 * Two Observations per logged session: pain before and pain after, each a 0-10 score the patient reported
 * (LOINC 72514-3, told apart by the clinic's own code), based on the plan the session followed.
 */
@ApplicationScoped
class SessionMapping implements RecordMapping {

    @Inject
    ClinicCodes codes;

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        for (SessionRow session : record.sessions()) {
            out.add(pain(record, session, "pain-before", text.painBeforeSession(), session.painBefore(), null));
            out.add(pain(record, session, "pain-after", text.painAfterSession(), session.painAfter(), session.note()));
        }
    }

    private Observation pain(PatientRecord record, SessionRow session, String part, String label, int score,
                             String note) {
        Observation observation = new Observation();
        observation.setId(SESSION.id(session.id(), part));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        CodeableConcept code = Codes.concept(Codes.PAIN_0_10, label);
        code.addCoding(codes.coding(ClinicCodes.FINDING, "session-" + part, label));
        observation.setCode(code);
        observation.setSubject(Fhir.ref("Patient", String.valueOf(record.patient().id)));
        observation.addBasedOn(Fhir.ref("CarePlan", PLAN.id(session.planId())));
        observation.setEffective(Fhir.day(session.date()));
        observation.setIssuedElement(Fhir.instant(session.loggedAt()));
        observation.addPerformer(Fhir.ref("Patient", String.valueOf(record.patient().id)));
        observation.setValue(new IntegerType(score));
        if (note != null && !note.isBlank()) {
            observation.addNote(new Annotation().setText(note));
        }
        return observation;
    }
}
