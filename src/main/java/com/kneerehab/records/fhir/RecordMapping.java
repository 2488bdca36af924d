package com.kneerehab.records.fhir;

/**
 * Turns one part of a patient's record into FHIR resources. Each resource type (or pair that belongs
 * together, such as a plan's CarePlan and its ServiceRequests) has one mapping; {@link RecordMapper} runs
 * them in a fixed order. A new part of the record is one more implementation, listed there.
 */
interface RecordMapping {

    void map(PatientRecord record, MappedRecord out);
}
