package com.kneerehab.records.chart;

import com.kneerehab.records.alert.AlertService;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.evaluation.EvaluationSummary;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.outcome.PatientMeasures;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.portal.Progress;
import com.kneerehab.records.portal.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Everything a clinician sees on one patient's chart, composed from the features below it and read with
 * a fixed number of statements whatever the length of the patient's history. One audit line covers the
 * whole read.
 */
@ApplicationScoped
public class PatientChart {

    static final String RECORD = "patient";
    static final int EVALUATIONS_SHOWN = 50;

    public record Chart(Patient patient, List<ClinicianAlert> alerts, PlanView currentPlan,
                        List<EvaluationSummary> evaluations, List<PlanSummary> plans, Progress progress,
                        PatientMeasures measures) {
    }

    @Inject
    PatientService patients;

    @Inject
    EvaluationService evaluations;

    @Inject
    PlanService plans;

    @Inject
    AlertService alerts;

    @Inject
    ProgressService progress;

    @Inject
    OutcomeService outcomes;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Chart load(long patientId) {
        Patient patient = patients.require(patientId);
        PlanView current = plans.currentFor(patientId).orElse(null);
        Chart chart = new Chart(patient, alerts.openFor(patientId), current,
                evaluations.recentFor(patientId, EVALUATIONS_SHOWN), plans.historyFor(patientId),
                progress.forPatient(patientId, current), outcomes.summaryFor(patientId));
        audit.success("chart.read", RECORD, patientId, patientId);
        return chart;
    }

    /** Acknowledges one of the patient's alerts; a warning-symptom alert also takes down the chart's banner. */
    @Transactional
    public void acknowledge(long patientId, long alertId) {
        if (alerts.acknowledge(patientId, alertId).clearsWarningFlag()) {
            patients.clearWarning(patientId);
        }
    }
}
