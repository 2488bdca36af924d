package com.kneerehab.records.alert;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Alerts raised from what patients report, shown to clinicians until one acknowledges them. */
@ApplicationScoped
public class AlertService {

    @Inject
    AlertRepository alerts;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ClinicianAlert> openFor(long patientId) {
        return alerts.openFor(patientId);
    }

    /** Raises an alert unless one of the same kind is already open for the patient. */
    public void raise(long patientId, ClinicianAlert.Kind kind, String message) {
        if (alerts.isOpen(patientId, kind)) {
            return;
        }
        ClinicianAlert alert = new ClinicianAlert();
        alert.patientId = patientId;
        alert.kind = kind;
        alert.message = message.length() > 500 ? message.substring(0, 500) : message;
        alert.raisedAt = Instant.now(clock);
        alerts.persist(alert);
    }

    /** What acknowledging an alert did. */
    public record Acknowledgement(ClinicianAlert alert, boolean firstTime) {
        /**
         * The clinician has seen a warning-symptom report and acted on it, so the patient's warning banner
         * can go; acknowledging an old alert again leaves a newer report's banner alone.
         */
        public boolean clearsWarningFlag() {
            return firstTime && alert.kind == ClinicianAlert.Kind.WARNING_SYMPTOM;
        }
    }

    /**
     * Marks the alert acknowledged by the caller (once; acknowledging again changes nothing). Runs in the
     * caller's transaction, which carries out the rest (see {@link Acknowledgement#clearsWarningFlag()}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Acknowledgement acknowledge(long patientId, long alertId) {
        ClinicianAlert alert = alerts.findByIdOptional(alertId)
                .filter(a -> a.patientId == patientId)
                .orElseThrow(() -> DomainException.notFound("The alert"));
        boolean firstTime = alert.acknowledgedAt == null;
        if (firstTime) {
            alert.acknowledgedAt = Instant.now(clock);
            alert.acknowledgedBy = user.subject();
        }
        audit.success("alert.acknowledge", "alert", alertId, patientId);
        return new Acknowledgement(alert, firstTime);
    }
}
