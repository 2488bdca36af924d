package com.kneerehab.records.fhir;

import com.kneerehab.records.exercise.Dosage;
import com.kneerehab.records.exercise.ExerciseMessages;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.PlanExercise;
import com.kneerehab.records.plan.TreatmentPlan;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

import java.math.BigDecimal;
import java.time.ZoneOffset;

import static com.kneerehab.records.fhir.FhirIds.Owner.EVALUATION;
import static com.kneerehab.records.fhir.FhirIds.Owner.PLAN;

/**
 * CarePlan per plan version (active while current, revoked once a revision superseded it, completed when
 * the patient was discharged on it) with a ServiceRequest per prescribed exercise: the patient performs it,
 * the dosage is its occurrenceTiming (sessions a week for the prescribed weeks) and, in words, its
 * patientInstruction, as the HL7 Physical Activity guide prescribes exercise with ServiceRequest.
 */
@ApplicationScoped
class CarePlanMapping implements RecordMapping {

    @Inject
    ClinicCodes codes;

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        Patient patient = record.patient();
        Reference subject = Fhir.ref("Patient", String.valueOf(patient.id));
        for (TreatmentPlan plan : record.plans()) {
            CarePlan.CarePlanStatus status = !plan.isCurrent() ? CarePlan.CarePlanStatus.REVOKED
                    : patient.status == Patient.Status.DISCHARGED ? CarePlan.CarePlanStatus.COMPLETED
                    : CarePlan.CarePlanStatus.ACTIVE;
            CarePlan carePlan = new CarePlan();
            carePlan.setId(PLAN.id(plan.id));
            carePlan.setStatus(status);
            carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
            carePlan.addCategory(Codes.text(text.exerciseProgramme()));
            carePlan.setTitle(text.planTitle(plan.planNumber));
            carePlan.setDescription(plan.goals);
            carePlan.setSubject(subject);
            Period period = new Period().setStartElement(Fhir.day(plan.startDate));
            if (plan.supersededAt != null) {
                period.setEndElement(Fhir.day(plan.supersededAt.atZone(ZoneOffset.UTC).toLocalDate()));
            }
            carePlan.setPeriod(period);
            carePlan.setCreatedElement(Fhir.dateTime(plan.createdAt));
            carePlan.setAuthor(Fhir.named(plan.prescribedByName));
            if (plan.previousPlanId != null) {
                carePlan.addReplaces(Fhir.ref("CarePlan", PLAN.id(plan.previousPlanId)));
            }
            String visit = EVALUATION.id(plan.evaluation.id);
            out.find("Condition", EVALUATION.id(plan.evaluation.id, EncounterMapping.DIAGNOSIS))
                    .ifPresent(diagnosis -> carePlan.addAddresses(Fhir.ref(diagnosis)));
            carePlan.addSupportingInfo(Fhir.ref("Encounter", visit));
            carePlan.addNote(new Annotation().setText(text.reviewOn(plan.reviewDate.toString())));
            out.add(carePlan);
            for (PlanExercise item : plan.items) {
                ServiceRequest request = prescription(item, status, carePlan, subject, visit, text);
                out.add(request);
                carePlan.addActivity().setReference(Fhir.ref(request));
            }
        }
    }

    private ServiceRequest prescription(PlanExercise item, CarePlan.CarePlanStatus planStatus, CarePlan carePlan,
                                        Reference subject, String visit, FhirMessages text) {
        ServiceRequest request = new ServiceRequest();
        request.setId(PLAN.id(item.plan.id, "exercise", String.valueOf(item.position)));
        request.setStatus(switch (planStatus) {
            case REVOKED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(Codes.text(text.exercise()));
        request.setCode(codes.finding("exercise", item.exercise.name));
        request.getCode().getCodingFirstRep().setSystem(codes.system(ClinicCodes.EXERCISE))
                .setCode(String.valueOf(item.exercise.id));
        request.addBasedOn(Fhir.ref(carePlan));
        request.setSubject(subject);
        request.setEncounter(Fhir.ref("Encounter", visit));
        String dosage = Dosage.describe(MessageBundles.get(ExerciseMessages.class), item.sets, item.repetitions,
                item.holdSeconds, item.sessionsPerDay, item.sessionsPerWeek, item.durationWeeks);
        Timing timing = new Timing();
        timing.getRepeat()
                .setBounds(new Duration().setValue(BigDecimal.valueOf(item.durationWeeks)).setUnit("wk")
                        .setSystem(Codes.UCUM).setCode("wk"))
                .setFrequency(item.sessionsPerDay * item.sessionsPerWeek)
                .setPeriod(BigDecimal.ONE).setPeriodUnit(Timing.UnitsOfTime.WK);
        timing.setCode(Codes.text(dosage));
        request.setOccurrence(timing);
        request.addOrderDetail(Codes.text(text.setsAndRepetitions(item.sets, item.repetitions)));
        if (item.holdSeconds > 0) {
            request.addOrderDetail(Codes.text(text.holdSeconds(item.holdSeconds)));
        }
        request.setAuthoredOnElement(carePlan.getCreatedElement().copy());
        request.setRequester(Fhir.named(carePlan.getAuthor().getDisplay()));
        request.addPerformer(subject.copy());
        StringBuilder instruction = new StringBuilder(item.exercise.instructions).append("\n\n").append(dosage);
        if (item.notes != null && !item.notes.isBlank()) {
            instruction.append("\n\n").append(item.notes);
        }
        request.setPatientInstruction(instruction.toString());
        return request;
    }
}
