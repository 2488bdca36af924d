package com.kneerehab.records.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Maps a patient's whole record, one resource type at a time. The order matters only where a mapping names
 * what an earlier one made (a CarePlan addresses the visit's diagnosis; a signature's Provenance targets
 * everything of the visit), so provenance comes last.
 */
@ApplicationScoped
class RecordMapper {

    @Inject
    PatientMapping patient;

    @Inject
    EncounterMapping encounters;

    @Inject
    FindingMapping findings;

    @Inject
    CarePlanMapping plans;

    @Inject
    SessionMapping sessions;

    @Inject
    MeasureMapping measures;

    @Inject
    ProvenanceMapping provenance;

    MappedRecord map(PatientRecord record) {
        MappedRecord out = new MappedRecord();
        for (RecordMapping mapping : List.of(patient, encounters, findings, plans, sessions, measures, provenance)) {
            mapping.map(record, out);
        }
        return out;
    }
}
