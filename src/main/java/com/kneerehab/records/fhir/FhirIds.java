package com.kneerehab.records.fhir;

import java.util.Arrays;
import java.util.Optional;

/**
 * The logical ids of the resources. A patient is its record number; every other resource's id starts with
 * the kind and number of the record it comes from, so the owner, and through it the patient, is found
 * from the id alone: {@code eval-12} (Encounter), {@code eval-12-kneecap} (Condition), {@code eval-12-hip-extension}
 * (Observation), {@code plan-4} (CarePlan), {@code plan-4-exercise-2} (ServiceRequest, the plan's second exercise), {@code session-9-pain-before},
 * {@code measure-7-1} (QuestionnaireResponse, response number 1), {@code addendum-3} (Provenance).
 * Questionnaires are named after their instrument ({@code lefs}) and belong to no patient.
 */
final class FhirIds {

    private FhirIds() {
    }

    /** The kinds of record a resource id can start with. */
    enum Owner {
        EVALUATION("eval"), ADDENDUM("addendum"), PLAN("plan"), SESSION("session"), MEASURE("measure");

        final String prefix;

        Owner(String prefix) {
            this.prefix = prefix;
        }

        String id(long number, String... parts) {
            StringBuilder id = new StringBuilder(prefix).append('-').append(number);
            for (String part : parts) {
                id.append('-').append(part);
            }
            return id.toString();
        }
    }

    /** The record an id names: its kind and number. */
    record Ref(Owner owner, long number) {
    }

    /** The owner of a resource id, or empty when the id is not one this API makes. */
    static Optional<Ref> parse(String id) {
        if (id == null || !id.matches("[a-z]+-[0-9]{1,18}(-[a-z0-9-]+)?")) {
            return Optional.empty();
        }
        String[] parts = id.split("-", 3);
        return Arrays.stream(Owner.values()).filter(o -> o.prefix.equals(parts[0])).findFirst()
                .map(owner -> new Ref(owner, Long.parseLong(parts[1])));
    }

    /** A patient's id as a number, or empty when it is not one. */
    static Optional<Long> patient(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /** A part of an id made from a constant: {@code FAT_PAD} becomes {@code fat-pad}. */
    static String part(Enum<?> constant) {
        return Codes.kebab(constant.name());
    }
}
