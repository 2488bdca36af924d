package com.kneerehab.records.patient;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.evaluation.EvaluationRepository;
import com.kneerehab.records.evaluation.EvaluationSummary;
import com.kneerehab.records.plan.PlanRepository;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.portal.AlertService;
import com.kneerehab.records.portal.ClinicianAlert;
import com.kneerehab.records.portal.Progress;
import com.kneerehab.records.portal.ProgressService;
import com.kneerehab.records.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Everything a clinician sees on one patient's chart, read with a fixed number of statements whatever
 * the length of the patient's history.
 */
@ApplicationScoped
public class PatientChart {

    public record Chart(Patient patient, List<ClinicianAlert> alerts, PlanView currentPlan,
                        List<EvaluationSummary> evaluations, List<PlanSummary> plans, Progress progress) {
    }

    @Inject
    PatientRepository patients;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    PlanRepository plans;

    @Inject
    AlertService alerts;

    @Inject
    ProgressService progress;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Chart load(long patientId) {
        Patient patient = patients.findByIdOptional(patientId)
                .orElseThrow(() -> DomainException.notFound("The patient"));
        PlanView current = plans.currentWithItems(patientId).map(PlanView::of).orElse(null);
        Chart chart = new Chart(patient, alerts.openFor(patientId), current,
                evaluations.summariesFor(patientId, 50), plans.history(patientId),
                progress.forPatient(patientId, current));
        audit.success("chart.read", PatientService.RECORD, patientId, patientId);
        return chart;
    }
}
