package com.kneerehab.records.fhir;

import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import java.util.List;
import java.util.Optional;

/**
 * Every resource type the API serves, with the search parameters it understands. The CapabilityStatement is
 * written from this list, and searches refuse any other parameter, so the statement says exactly what is
 * served. Each type is read ({@code GET [type]/[id]}) and searched ({@code GET [type]?...}).
 */
enum ServedType {
    PATIENT("Patient", false, param("_id", SearchParamType.TOKEN), param("identifier", SearchParamType.TOKEN),
            param("name", SearchParamType.STRING), param("birthdate", SearchParamType.DATE)),
    ENCOUNTER("Encounter", true, param("_id", SearchParamType.TOKEN)),
    CONDITION("Condition", true, param("_id", SearchParamType.TOKEN)),
    OBSERVATION("Observation", true, param("_id", SearchParamType.TOKEN), param("code", SearchParamType.TOKEN),
            param("category", SearchParamType.TOKEN)),
    QUESTIONNAIRE("Questionnaire", false, param("_id", SearchParamType.TOKEN), param("url", SearchParamType.URI)),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse", true, param("_id", SearchParamType.TOKEN)),
    CARE_PLAN("CarePlan", true, param("_id", SearchParamType.TOKEN)),
    SERVICE_REQUEST("ServiceRequest", true, param("_id", SearchParamType.TOKEN)),
    PROVENANCE("Provenance", true, param("_id", SearchParamType.TOKEN));

    /** A search parameter: its name and FHIR type. */
    record Param(String name, SearchParamType type) {
    }

    /** The parameters every search takes besides its type's own. */
    static final List<String> CONTROL = List.of("_count", "_offset", "_summary", "_format", "_pretty");

    final String type;
    /** Whether the type belongs to a patient's record and is searched with {@code patient}. */
    final boolean inRecord;
    final List<Param> params;

    ServedType(String type, boolean inRecord, Param... params) {
        this.type = type;
        this.inRecord = inRecord;
        List<Param> all = new java.util.ArrayList<>(List.of(params));
        if (inRecord) {
            all.add(0, param("patient", SearchParamType.REFERENCE));
        }
        this.params = List.copyOf(all);
    }

    private static Param param(String name, SearchParamType type) {
        return new Param(name, type);
    }

    boolean accepts(String name) {
        return CONTROL.contains(name) || params.stream().anyMatch(p -> p.name().equals(name));
    }

    static Optional<ServedType> of(String type) {
        for (ServedType served : values()) {
            if (served.type.equals(type)) {
                return Optional.of(served);
            }
        }
        return Optional.empty();
    }
}
