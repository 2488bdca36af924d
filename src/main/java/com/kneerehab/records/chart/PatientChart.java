package com.kneerehab.records.chart;

import com.kneerehab.records.alert.AcknowledgementInput;
import com.kneerehab.records.alert.AlertService;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.episode.EpisodeView;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.evaluation.EvaluationSummary;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.outcome.PatientMeasures;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.outcome.MeasureChart;
import com.kneerehab.records.outcome.OutcomeCharts;
import com.kneerehab.records.portal.ProgressCharts;
import com.kneerehab.records.portal.ProgressService;
import com.kneerehab.records.portal.SessionLog;
import com.kneerehab.records.portal.WarningReport;
import com.kneerehab.records.portal.WarningReviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Everything a clinician sees on one patient's chart, composed from the features below it and read with
 * a fixed number of statements whatever the length of the patient's history: details, alerts, the plan, the
 * evaluations, pain and adherence with the plan changes and warning reports, and the outcome measures. One
 * audit line covers the whole read.
 */
@ApplicationScoped
public class PatientChart {

    static final String RECORD = "patient";
    static final int EVALUATIONS_SHOWN = 50;
    static final int ACKNOWLEDGED_SHOWN = 10;
    static final int SESSIONS_SHOWN = 20;

    public record Chart(Patient patient, Attention attention, PlanView currentPlan,
                        List<EvaluationSummary> evaluations, List<PlanSummary> plans, ProgressCharts progress,
                        List<SessionLog> sessions, List<EpisodeView> episodes, List<MeasureChart> outcomes,
                        PatientMeasures measures) {

        /** The latest episode of care (open, or the discharge that ended it); null for none. */
        public EpisodeView episode() {
            return episodes.isEmpty() ? null : episodes.get(0);
        }

        public boolean discharged() {
            return episode() != null && episode().discharged();
        }
    }

    /**
     * What the patient reported or logged that needs a clinician: every unacknowledged warning report and
     * alert, each on its own, and the latest acknowledged ones with who acknowledged them and what they did.
     */
    public record Attention(List<WarningReport> openWarnings, List<ClinicianAlert> openAlerts,
                            List<WarningReport> acknowledgedWarnings, List<ClinicianAlert> acknowledgedAlerts) {

        public boolean isEmpty() {
            return openWarnings.isEmpty() && openAlerts.isEmpty();
        }

        public boolean hasHistory() {
            return !acknowledgedWarnings.isEmpty() || !acknowledgedAlerts.isEmpty();
        }
    }

    /** One warning report or alert, as the acknowledgement page shows it. */
    public record Item(Patient patient, WarningReport warning, ClinicianAlert alert) {

        public boolean acknowledged() {
            return warning != null ? warning.acknowledged() : alert.acknowledged();
        }

        public com.kneerehab.records.alert.Acknowledgement acknowledgement() {
            return warning != null ? warning.acknowledgement : alert.acknowledgement;
        }

        public String action() {
            return "/clinic/patients/" + patient.id + (warning != null ? "/warnings/" + warning.id : "/alerts/" + alert.id)
                    + "/acknowledgement";
        }
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
    WarningReviews warnings;

    @Inject
    ProgressService progress;

    @Inject
    EpisodeService episodes;

    @Inject
    OutcomeCharts outcomes;


    @Inject
    OutcomeService measures;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Chart load(long patientId) {
        Patient patient = patients.require(patientId);
        PlanView current = plans.currentFor(patientId).orElse(null);
        List<PlanSummary> history = plans.historyFor(patientId);
        Chart chart = new Chart(patient, attentionFor(patientId), current,
                evaluations.recentFor(patientId, EVALUATIONS_SHOWN), history,
                progress.charts(patientId, current, history), progress.recentSessions(patientId, SESSIONS_SHOWN),
                episodes.episodesOf(patientId), outcomes.forPatient(patientId), measures.summaryFor(patientId));
        audit.success("chart.read", RECORD, patientId, patientId);
        return chart;
    }

    private Attention attentionFor(long patientId) {
        return new Attention(warnings.openFor(patientId), alerts.openFor(patientId),
                warnings.acknowledgedFor(patientId, ACKNOWLEDGED_SHOWN), alerts.acknowledgedFor(patientId, ACKNOWLEDGED_SHOWN));
    }

    /** One warning report of the patient's, for its acknowledgement page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Item warning(long patientId, long reportId) {
        Item item = new Item(patients.require(patientId), warnings.require(patientId, reportId), null);
        audit.success("warning.read", "warning", reportId, patientId);
        return item;
    }

    /** One alert of the patient's, for its acknowledgement page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Item alert(long patientId, long alertId) {
        Item item = new Item(patients.require(patientId), null, alerts.require(patientId, alertId));
        audit.success("alert.read", AlertService.RECORD, alertId, patientId);
        return item;
    }

    /**
     * Acknowledges one warning report. The patient's flag is computed from the reports, so it goes down by
     * itself when this was the last unacknowledged one and stays up while another is.
     */
    public void acknowledgeWarning(long patientId, long reportId, AcknowledgementInput input) {
        warnings.acknowledge(patientId, reportId, input);
    }

    public void acknowledgeAlert(long patientId, long alertId, AcknowledgementInput input) {
        alerts.acknowledge(patientId, alertId, input);
    }
}
