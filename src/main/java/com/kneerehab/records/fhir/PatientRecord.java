package com.kneerehab.records.fhir;

import com.kneerehab.records.evaluation.Addendum;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.outcome.MeasureResponse;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.TreatmentPlan;

import java.util.List;
import java.util.Map;

/**
 * Everything the FHIR API tells about one patient, loaded in a fixed number of statements however long the
 * history (see {@link FhirRepository#record}). A new part of the record (discharge episodes, progress
 * reports, plan snapshots) becomes one more field here, one more batch query and one more mapping.
 *
 * @param evaluations oldest visit first
 * @param addenda     each evaluation's addenda by evaluation id, oldest first
 * @param plans       each version with its prescribed exercises and their library entries, oldest first
 * @param sessions    the patient's session logs, oldest first
 * @param responses   every submitted or superseded outcome-measure response with its assignment and answers
 */
record PatientRecord(Patient patient, List<Evaluation> evaluations, Map<Long, List<Addendum>> addenda,
                     List<TreatmentPlan> plans, List<SessionRow> sessions, List<MeasureResponse> responses) {

    List<Addendum> addendaOf(Evaluation evaluation) {
        return addenda.getOrDefault(evaluation.id, List.of());
    }
}
