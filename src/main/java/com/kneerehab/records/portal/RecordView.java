package com.kneerehab.records.portal;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient's downloadable record (the {@code $everything} Bundle) as a page reads it: the details, each
 * visit with its suspected pain sources and diagnosis, each plan with its exercises, the sessions logged and
 * the outcome scores. Read from the Bundle itself, so the page shows what the file holds.
 */
public record RecordView(String name, String mrn, LocalDate birthDate, List<Visit> visits, List<Plan> plans,
                         List<Session> sessions, List<Score> scores) {

    public record Visit(LocalDate date, String clinician, boolean signed, String diagnosis, List<Source> sources,
                        Integer painScore) {
    }

    public record Source(String name, boolean primary) {
    }

    public record Plan(String title, boolean current, boolean completed, LocalDate start, String goals,
                       List<Item> items) {
    }

    public record Item(String exercise, String dosage) {
    }

    public record Session(LocalDate date, Integer painBefore, Integer painAfter) {
    }

    public record Score(String measure, LocalDate date, String value, boolean current) {
    }

    static RecordView of(Bundle bundle) {
        Map<String, Resource> byId = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            byId.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
        }
        Patient patient = (Patient) byId.values().stream().filter(r -> r instanceof Patient).findFirst().orElseThrow();
        List<Visit> visits = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer[]> sessions = new LinkedHashMap<>();
        Map<String, LocalDate> sessionDates = new LinkedHashMap<>();
        List<Score> scores = new ArrayList<>();
        for (Resource resource : byId.values()) {
            String id = resource.getIdElement().getIdPart();
            if (resource instanceof Encounter encounter) {
                visits.add(visit(encounter, byId));
            } else if (resource instanceof CarePlan plan) {
                plans.add(plan(plan, byId));
            } else if (resource instanceof Observation o && id.startsWith("session-")) {
                String session = id.substring(0, id.indexOf("-pain-"));
                sessionDates.put(session, day(o.getEffectiveDateTimeType().getValueAsString()));
                int slot = id.endsWith("-before") ? 0 : 1;
                sessions.computeIfAbsent(session, s -> new Integer[2])[slot] = ((IntegerType) o.getValue()).getValue();
            } else if (resource instanceof Observation o && id.startsWith("measure-") && o.getValue() instanceof Quantity q) {
                scores.add(new Score(o.getCode().getText(), day(o.getEffectiveDateTimeType().getValueAsString()),
                        q.getValue().stripTrailingZeros().toPlainString(),
                        o.getStatus() != Observation.ObservationStatus.ENTEREDINERROR));
            }
        }
        List<Session> logged = sessions.entrySet().stream()
                .map(e -> new Session(sessionDates.get(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
        return new RecordView(patient.getNameFirstRep().getNameAsSingleString(), patient.getIdentifierFirstRep().getValue(),
                day(patient.getBirthDateElement().getValueAsString()), visits, plans, logged, scores);
    }

    private static Visit visit(Encounter encounter, Map<String, Resource> byId) {
        String diagnosis = null;
        List<Source> sources = new ArrayList<>();
        for (Encounter.DiagnosisComponent d : encounter.getDiagnosis()) {
            Resource found = byId.get(d.getCondition().getReference());
            if (!(found instanceof Condition condition)) {
                continue;
            }
            if (condition.getIdElement().getIdPart().endsWith("-diagnosis")) {
                diagnosis = condition.getCode().getText();
            } else {
                sources.add(new Source(condition.getCode().getText(),
                        "provisional".equals(condition.getVerificationStatus().getCodingFirstRep().getCode())));
            }
        }
        Resource pain = byId.get("Observation/" + encounter.getIdElement().getIdPart() + "-pain");
        Integer painScore = pain instanceof Observation o && o.getValue() instanceof IntegerType i ? i.getValue() : null;
        String clinician = encounter.getParticipantFirstRep().getIndividual().getDisplay();
        return new Visit(day(encounter.getPeriod().getStartElement().getValueAsString()), clinician,
                encounter.getStatus() == Encounter.EncounterStatus.FINISHED, diagnosis, sources, painScore);
    }

    private static Plan plan(CarePlan plan, Map<String, Resource> byId) {
        List<Item> items = new ArrayList<>();
        for (CarePlan.CarePlanActivityComponent activity : plan.getActivity()) {
            if (byId.get(activity.getReference().getReference()) instanceof ServiceRequest request) {
                items.add(new Item(request.getCode().getText(), request.getOccurrenceTiming().getCode().getText()));
            }
        }
        return new Plan(plan.getTitle(), plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE,
                plan.getStatus() == CarePlan.CarePlanStatus.COMPLETED, day(plan.getPeriod().getStartElement().getValueAsString()),
                plan.getDescription(), items);
    }

    private static LocalDate day(String value) {
        return value == null ? null : LocalDate.parse(value.substring(0, 10));
    }
}
