package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.account.Account;
import com.kneerehab.records.account.AccountRepository;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.plan.PlanRepository;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.plan.TreatmentPlan;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.alert.AlertService;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.platform.ErrorMapping;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in patient can see and do. Every method works on the caller's own record only: the
 * patient is taken from the caller's account link, never from the request, and a record of anyone else
 * answers "not found" and is audited as a denied attempt.
 */
@ApplicationScoped
public class PortalService {

    public static final String SESSION = "session";
    public static final String WARNING = "warning";
    public static final String PLAN = "plan";

    public record Me(Patient patient, Account account) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PatientRepository patients;

    @Inject
    PlanRepository plans;

    @Inject
    AlertService alerts;

    @Inject
    ProgressService progress;

    @Inject
    CurrentUser user;

    @Inject
    PortalCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    SessionLogRepository sessions;

    @Inject
    WarningReportRepository warnings;

    @Inject
    Clock clock;

    @ConfigProperty(name = "knee-rehab.high-pain-alert-threshold", defaultValue = "7")
    int highPain;

    /** The caller's own patient record, through the account link an admin made. */
    public Me me() {
        return caller.get(this::lookUp);
    }

    private Me lookUp() {
        Account account = accounts.findByUsername(user.subject())
                .filter(a -> a.active && a.patientId != null)
                .orElseThrow(() -> new DomainException(403, text().notLinkedTitle(), text().notLinked()));
        Patient patient = patients.findByIdOptional(account.patientId)
                .orElseThrow(() -> DomainException.notFound(text().yourRecord()));
        return new Me(patient, account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanView> currentPlan() {
        Me me = me();
        Optional<PlanView> plan = plans.currentWithItems(me.patient().id).map(PlanView::of);
        audit.success("portal.plan.read", PLAN, plan.map(PlanView::id).orElse(null), me.patient().id);
        return plan;
    }

    /**
     * The caller's current plan for a printed document (handout or plan), audited as that download. Only the
     * current plan is printed from the portal: a superseded one is never handed out as the plan to follow.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView currentPlanDocument(String action) {
        Me me = me();
        PlanView plan = plans.currentWithItems(me.patient().id).map(PlanView::of)
                .orElseThrow(() -> DomainException.notFound(text().thePlan()));
        audit.success(action, PLAN, plan.id(), me.patient().id);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(long planId) {
        Me me = me();
        TreatmentPlan plan = plans.findWithItems(planId).orElse(null);
        if (plan == null || !plan.patient.id.equals(me.patient().id)) {
            audit.denied("portal.plan.read", PLAN, planId, me.patient().id);
            throw DomainException.notFound(text().thePlan());
        }
        audit.success("portal.plan.read", PLAN, planId, me.patient().id);
        return PlanView.of(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> plans() {
        Me me = me();
        audit.success("portal.plan.list", PLAN, null, me.patient().id);
        return plans.history(me.patient().id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress() {
        Me me = me();
        PlanView current = plans.currentWithItems(me.patient().id).map(PlanView::of).orElse(null);
        audit.success("portal.progress.read", SESSION, null, me.patient().id);
        return progress.forPatient(me.patient().id, current);
    }

    /**
     * Logs a session against the current plan. Submitting the same form twice logs it once: the second
     * submit finds the first by its submission id and returns it.
     */
    public SessionLog logSession(SessionInput input) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> insertSession(input));
        } catch (RuntimeException e) {
            // two submits of the same form raced; the other one was saved, so that is the answer
            if (ErrorMapping.causeOfType(e, org.hibernate.exception.ConstraintViolationException.class) != null) {
                return QuarkusTransaction.requiringNew().call(() ->
                        sessionBySubmission(me().patient().id, input.submissionId()).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    private SessionLog insertSession(SessionInput input) {
        Me me = me();
        long patientId = me.patient().id;
        Optional<SessionLog> earlier = sessionBySubmission(patientId, input.submissionId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        TreatmentPlan plan = plans.currentWithItems(patientId).orElseThrow(() -> DomainException.conflict(
                text().noPlanToLogAgainst()));
        Set<Long> prescribed = plan.items.stream().map(i -> i.exercise.id).collect(Collectors.toSet());
        if (!prescribed.containsAll(input.exercisesDone())) {
            throw DomainException.invalid("exercisesDone", text().chooseFromCurrentPlan());
        }
        SessionLog log = new SessionLog();
        log.patientId = patientId;
        log.planId = plan.id;
        log.sessionDate = input.sessionDate();
        log.exercisesDone = input.exercisesDone().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        log.painBefore = input.painBefore();
        log.painAfter = input.painAfter();
        log.note = Text.orNull(input.note());
        log.submissionId = input.submissionId();
        log.createdAt = Instant.now(clock);
        sessions.persist(log);
        sessions.flush();
        int worst = Math.max(log.painBefore, log.painAfter);
        if (worst >= highPain) {
            alerts.raise(patientId, ClinicianAlert.Kind.HIGH_PAIN,
                    "Pain " + worst + " of 10 logged with the session of " + log.sessionDate + ".");
        }
        audit.success("portal.session.create", SESSION, log.id, patientId);
        return log;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionLog> sessions() {
        Me me = me();
        audit.success("portal.session.list", SESSION, null, me.patient().id);
        return sessions.latestFor(me.patient().id, 100);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionLog session(long id) {
        Me me = me();
        SessionLog log = sessions.findById(id);
        if (log == null || !log.patientId.equals(me.patient().id)) {
            audit.denied("portal.session.read", SESSION, id, me.patient().id);
            throw DomainException.notFound(text().theSession());
        }
        audit.success("portal.session.read", SESSION, id, me.patient().id);
        return log;
    }

    /** Records a warning symptom, flags the patient for the clinicians and raises an alert. */
    @Transactional
    public WarningReport reportWarning(WarningInput input) {
        Me me = me();
        long patientId = me.patient().id;
        Optional<WarningReport> earlier = warnings.bySubmission(patientId, input.submissionId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        WarningReport report = new WarningReport();
        report.patientId = patientId;
        report.symptom = input.symptom();
        report.details = Text.orNull(input.details());
        report.submissionId = input.submissionId();
        report.createdAt = Instant.now(clock);
        warnings.persist(report);
        Patient patient = patients.findById(patientId);
        patient.warningFlag = true;
        alerts.raise(patientId, ClinicianAlert.Kind.WARNING_SYMPTOM,
                "Reported: " + input.symptom().label() + ".");
        warnings.flush();
        audit.success("portal.warning.create", WARNING, report.id, patientId);
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WarningReport warning(long id) {
        Me me = me();
        WarningReport report = warnings.findById(id);
        if (report == null || !report.patientId.equals(me.patient().id)) {
            audit.denied("portal.warning.read", WARNING, id, me.patient().id);
            throw DomainException.notFound(text().theReport());
        }
        audit.success("portal.warning.read", WARNING, id, me.patient().id);
        return report;
    }

    /**
     * Saves the language the patient reads the portal in; null clears it, so the browser's choice
     * applies again. Only "en" and "es" are accepted.
     */
    @Transactional
    public void chooseLanguage(String language) {
        if (language != null && Language.supported(language).isEmpty()) {
            throw DomainException.invalid("language", text().chooseALanguage());
        }
        Me me = me();
        Account account = accounts.findById(me.account().id);
        account.preferredLanguage = language;
        account.updatedAt = Instant.now(clock);
        audit.success("portal.account.language", "account", account.id, me.patient().id);
    }

    /** The language the patient chose, if they chose one; empty for a caller who is not a linked patient. */
    public Optional<java.util.Locale> preferredLanguage() {
        try {
            return Language.supported(me().account().preferredLanguage);
        } catch (DomainException notLinked) {
            return Optional.empty();
        }
    }

    private static PortalMessages text() {
        return Messages.get(PortalMessages.class);
    }

    private Optional<SessionLog> sessionBySubmission(long patientId, String submissionId) {
        return sessions.bySubmission(patientId, submissionId);
    }
}
