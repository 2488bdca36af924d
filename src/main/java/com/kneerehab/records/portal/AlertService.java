package com.kneerehab.records.portal;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Alerts raised from what patients report, shown to clinicians until one acknowledges them. */
@ApplicationScoped
public class AlertService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ClinicianAlert> openFor(long patientId) {
        return em.createQuery("""
                        from ClinicianAlert a where a.patientId = :patient and a.acknowledgedAt is null
                        order by a.raisedAt desc""", ClinicianAlert.class)
                .setParameter("patient", patientId)
                .getResultList();
    }

    /** Raises an alert unless one of the same kind is already open for the patient. */
    public void raise(long patientId, ClinicianAlert.Kind kind, String message) {
        Long open = em.createQuery("""
                        select count(a) from ClinicianAlert a
                        where a.patientId = :patient and a.kind = :kind and a.acknowledgedAt is null""", Long.class)
                .setParameter("patient", patientId)
                .setParameter("kind", kind)
                .getSingleResult();
        if (open > 0) {
            return;
        }
        ClinicianAlert alert = new ClinicianAlert();
        alert.patientId = patientId;
        alert.kind = kind;
        alert.message = message.length() > 500 ? message.substring(0, 500) : message;
        alert.raisedAt = Instant.now(clock);
        em.persist(alert);
    }

    @Transactional
    public void acknowledge(long patientId, long alertId) {
        ClinicianAlert alert = em.find(ClinicianAlert.class, alertId);
        if (alert == null || alert.patientId != patientId) {
            throw DomainException.notFound("The alert");
        }
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = Instant.now(clock);
            alert.acknowledgedBy = user.subject();
            if (alert.kind == ClinicianAlert.Kind.WARNING_SYMPTOM) {
                // the clinician has seen the report and acted on it: the chart's warning banner can go
                em.createQuery("update Patient p set p.warningFlag = false where p.id = :id")
                        .setParameter("id", patientId).executeUpdate();
            }
        }
        audit.success("alert.acknowledge", "alert", alertId, patientId);
    }
}
