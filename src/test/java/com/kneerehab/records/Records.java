package com.kneerehab.records;

import com.kneerehab.records.account.Account;
import com.kneerehab.records.account.AccountRepository;
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
 * Builds the records a test needs that no clinician's API call makes (what a patient logged, alerts,
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

    /** An open alert, even when one of the same kind is already open (the service would not raise it twice). */
    @Transactional
    public long alert(long patientId, ClinicianAlert.Kind kind, String message) {
        ClinicianAlert alert = new ClinicianAlert();
        alert.patientId = patientId;
        alert.kind = kind;
        alert.message = message;
        alert.raisedAt = Instant.now();
        alerts.persist(alert);
        return alert.id;
    }

    /** The chart's warning banner, as a reported warning symptom leaves it. */
    @Transactional
    public void flagWarning(long patientId) {
        patients.findById(patientId).warningFlag = true;
    }
}
