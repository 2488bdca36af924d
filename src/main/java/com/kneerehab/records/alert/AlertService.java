package com.kneerehab.records.alert;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Alerts raised from what patients log, each its own item shown to clinicians until one acknowledges it.
 * The pain rules are in {@link PainRules}.
 */
@ApplicationScoped
public class AlertService {

    public static final String RECORD = "alert";

    @Inject
    AlertRepository alerts;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "knee-rehab.high-pain-alert-threshold", defaultValue = "7")
    int highPain;

    /** Open alerts of one patient, for a page that writes its own audit line. */
    public List<ClinicianAlert> openFor(long patientId) {
        return alerts.openFor(patientId);
    }

    /** The patient's latest acknowledged alerts, for a page that writes its own audit line. */
    public List<ClinicianAlert> acknowledgedFor(long patientId, int limit) {
        return alerts.acknowledgedFor(patientId, limit);
    }

    /** Every patient's open alerts, oldest first, for the worklist (which writes its own audit line). */
    public List<ClinicianAlert> open(int limit) {
        return alerts.open(limit);
    }

    public long countOpen(int upTo) {
        return alerts.countOpen(upTo);
    }

    /**
     * Judges a session just logged, in the caller's transaction: a high-pain alert when its pain reaches
     * the threshold, and a rising-pain alert when it continues a rise ({@link PainRules#rising}). Each alert
     * is a new row about this session: nothing earlier is updated, so no other write can conflict with it.
     *
     * @param painOldestFirst the pain ({@link PainRules#pain}) of the patient's latest sessions in session-date
     *                        order, ending with this one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionLogged(long patientId, long sessionLogId, LocalDate sessionDate, int painBefore, int painAfter,
                              List<Integer> painOldestFirst) {
        if (PainRules.high(PainRules.pain(painBefore, painAfter), highPain)) {
            raise(patientId, ClinicianAlert.Kind.HIGH_PAIN, sessionLogId, List.of(painBefore, painAfter), sessionDate);
        }
        PainRules.rising(painOldestFirst).ifPresent(series ->
                raise(patientId, ClinicianAlert.Kind.RISING_PAIN, sessionLogId, series, sessionDate));
    }

    private void raise(long patientId, ClinicianAlert.Kind kind, long sessionLogId, List<Integer> values,
                       LocalDate onDate) {
        if (alerts.existsFor(kind, sessionLogId)) {
            return;
        }
        ClinicianAlert alert = new ClinicianAlert();
        alert.patientId = patientId;
        alert.kind = kind;
        alert.sessionLogId = sessionLogId;
        alert.painValues = values.stream().map(String::valueOf).collect(Collectors.joining(","));
        alert.onDate = onDate;
        alert.raisedAt = Instant.now(clock);
        alerts.persist(alert);
    }

    /**
     * Records what the caller did about one of the patient's open alerts. Refused when the alert is not the
     * patient's (404) or is already acknowledged (409, naming by whom): an acknowledgement is never overwritten.
     */
    @Transactional
    public void acknowledge(long patientId, long alertId, AcknowledgementInput input) {
        String note = Acknowledgements.checked(input);
        if (!alerts.acknowledge(patientId, alertId, Instant.now(clock), user.subject(), input.action(), note)) {
            ClinicianAlert alert = alerts.findByIdOptional(alertId).filter(a -> a.patientId == patientId)
                    .orElseThrow(() -> {
                        audit.denied("alert.acknowledge", RECORD, alertId, patientId);
                        return DomainException.notFound(text().theAlert());
                    });
            throw Acknowledgements.already(alert.acknowledgement);
        }
        audit.success("alert.acknowledge", RECORD, alertId, patientId);
    }

    /** One alert of the patient's, open or not, for the acknowledgement page (which writes its own audit line). */
    public ClinicianAlert require(long patientId, long alertId) {
        return alerts.findByIdOptional(alertId).filter(a -> a.patientId == patientId)
                .orElseThrow(() -> DomainException.notFound(text().theAlert()));
    }

    private static AlertMessages text() {
        return Messages.get(AlertMessages.class);
    }
}
