package com.kneerehab.records;

import com.kneerehab.records.account.Account;
import com.kneerehab.records.account.AccountRepository;
import com.kneerehab.records.alert.Acknowledgement;
import com.kneerehab.records.alert.AcknowledgementAction;
import com.kneerehab.records.alert.AlertRepository;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.evaluation.EvaluationRepository;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientInput;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.Side;
import com.kneerehab.records.portal.SessionLog;
import com.kneerehab.records.portal.SessionLogRepository;
import com.kneerehab.records.portal.WarningReport;
import com.kneerehab.records.portal.WarningReportRepository;
import com.kneerehab.records.portal.WarningSymptom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds the records a test needs that no clinician's API call makes (what a patient logged, alerts and their acknowledgements,
 * sign-in accounts), as the application's own entities saved through its repositories, never as SQL
 * text. Patients are registered through {@link PatientService}, as the clinician's pages do.
 */
@ApplicationScoped
public class Records {

    @Inject
    AccountRepository accounts;

    @Inject
    PatientService patientService;

    @Inject
    PatientRepository patients;

    @Inject
    SessionLogRepository sessions;

    @Inject
    WarningReportRepository warnings;

    @Inject
    AlertRepository alerts;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    com.kneerehab.records.plan.PlanRepository plans;

    public long patient(String given, String family) {
        return registered(given, family).id;
    }

    /** A newly registered patient, with the medical record number the service gave it. */
    public Patient registered(String given, String family) {
        return patientService.register(new PatientInput(given, family, LocalDate.of(1990, 1, 1),
                Patient.Sex.FEMALE, null, null, Side.LEFT, null, null, null));
    }

    /** Hands a draft evaluation to another clinician, as if that colleague had started it. */
    @Transactional
    public void recordedBy(long evaluationId, String subject, String name) {
        Evaluation evaluation = evaluations.findById(evaluationId);
        evaluation.clinicianSubject = subject;
        evaluation.clinicianName = name;
    }

    /** An active sign-in account; {@code patientId} links a patient account to its record (else null). */
    @Transactional
    public long account(String username, String displayName, String role, Long patientId) {
        Account account = new Account();
        account.subject = username + "-id";
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.patientId = patientId;
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        accounts.persist(account);
        return account.id;
    }

    public long accountId(String username) {
        return accounts.findByUsername(username).orElseThrow().id;
    }

    /** A session logged against the plan on {@code date}, with exercise 1 done. */
    public long session(long patientId, long planId, LocalDate date, int painBefore, int painAfter, String submissionId) {
        return session(patientId, planId, date, "1", painBefore, painAfter, submissionId);
    }

    /** A session logged against the plan on {@code date}; {@code exercisesDone} lists exercise ids, e.g. "1,2". */
    @Transactional
    public long session(long patientId, long planId, LocalDate date, String exercisesDone, int painBefore,
                        int painAfter, String submissionId) {
        SessionLog log = new SessionLog();
        log.patientId = patientId;
        log.planId = planId;
        log.sessionDate = date;
        log.exercisesDone = exercisesDone;
        log.painBefore = painBefore;
        log.painAfter = painAfter;
        log.submissionId = submissionId;
        log.createdAt = Instant.now();
        sessions.persist(log);
        return log.id;
    }

    @Transactional
    public long warning(long patientId, WarningSymptom symptom, String submissionId) {
        WarningReport report = new WarningReport();
        report.patientId = patientId;
        report.symptom = symptom;
        report.submissionId = submissionId;
        report.createdAt = Instant.now();
        warnings.persist(report);
        return report.id;
    }

    /** An open alert about no particular session, with the values a pain alert carries. */
    @Transactional
    public long alert(long patientId, ClinicianAlert.Kind kind) {
        ClinicianAlert alert = new ClinicianAlert();
        alert.patientId = patientId;
        alert.kind = kind;
        alert.painValues = kind == ClinicianAlert.Kind.NO_RECENT_SESSION ? null : "3,8";
        alert.days = kind == ClinicianAlert.Kind.NO_RECENT_SESSION ? 7 : null;
        alert.onDate = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
        alert.raisedAt = Instant.now();
        alerts.persist(alert);
        return alert.id;
    }

    /** An alert acknowledged at {@code at} by "someone", who called the patient. */
    @Transactional
    public long acknowledgedAlert(long patientId, ClinicianAlert.Kind kind, Instant at) {
        long id = alert(patientId, kind);
        ClinicianAlert alert = alerts.findById(id);
        alert.raisedAt = at.minusSeconds(3600);
        alert.acknowledgement = new Acknowledgement();
        alert.acknowledgement.acknowledgedAt = at;
        alert.acknowledgement.acknowledgedBy = "someone";
        alert.acknowledgement.action = AcknowledgementAction.CALLED_PATIENT;
        return id;
    }

    /** A warning report with the patient's own words, unacknowledged. */
    @Transactional
    public long warning(long patientId, WarningSymptom symptom, String submissionId, String words) {
        long id = warning(patientId, symptom, submissionId);
        warnings.findById(id).details = words;
        return id;
    }

    /** The chart's warning banner, as an unacknowledged warning report leaves it. */
    public void flagWarning(long patientId) {
        warning(patientId, WarningSymptom.UPSET_STOMACH, "flag-" + java.util.UUID.randomUUID());
    }

    /** Acknowledges a warning report as "someone" who called the patient an hour after it came in. */
    @Transactional
    public void acknowledgedWarning(long reportId) {
        WarningReport report = warnings.findById(reportId);
        report.acknowledgement = new Acknowledgement();
        report.acknowledgement.acknowledgedAt = report.createdAt.plusSeconds(3600);
        report.acknowledgement.acknowledgedBy = "someone";
        report.acknowledgement.action = AcknowledgementAction.CALLED_PATIENT;
    }

    /** Moves a current plan's review date to three days ago. */
    @Transactional
    public void reviewOverdue(long planId) {
        plans.findById(planId).reviewDate = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3);
    }

    /** Makes a draft evaluation look as if it was started {@code days} days ago. */
    @Transactional
    public void startedDaysAgo(long evaluationId, int days) {
        evaluations.findById(evaluationId).createdAt = Instant.now().minus(java.time.Duration.ofDays(days));
    }

    /** Puts the patient's words on their latest session. */
    @Transactional
    public void sessionNote(long patientId, String note) {
        sessions.latestFor(patientId, 1).get(0).note = note;
    }

    /** Marks the patient discharged, as the patient's status records it. */
    @Transactional
    public void discharged(long patientId) {
        patients.findById(patientId).status = Patient.Status.DISCHARGED;
    }

    /** Deactivates a sign-in account. */
    @Transactional
    public void deactivated(String username) {
        accounts.findByUsername(username).orElseThrow().active = false;
    }
}
