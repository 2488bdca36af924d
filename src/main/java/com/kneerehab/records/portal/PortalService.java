package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.account.Account;
import com.kneerehab.records.account.AccountRepository;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.episode.EpisodeView;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.plan.PlanRepository;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.plan.TreatmentPlan;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.alert.AlertService;
import com.kneerehab.records.alert.PainRules;
import com.kneerehab.records.platform.ErrorMapping;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    public static final String EPISODE = "episode";

    public record Me(Patient patient, Account account) {

        /** The patient's course of treatment has ended: the portal shows history only and takes no sessions. */
        public boolean discharged() {
            return patient.status == Patient.Status.DISCHARGED;
        }
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
    EpisodeService episodes;

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
     * The discharge that ended the patient's course of treatment, when it has ended; empty while it goes on
     * (then nothing is read beyond the caller's own record, which is already loaded).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EpisodeView> discharge() {
        Me me = me();
        if (!me.discharged()) {
            return Optional.empty();
        }
        Optional<EpisodeView> episode = episodes.currentEpisode(me.patient().id).filter(EpisodeView::discharged);
        audit.success("portal.episode.read", EPISODE, episode.map(EpisodeView::id).orElse(null), me.patient().id);
        return episode;
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

    /** The caller's progress as charts, with their plans' starts and their warning reports on the time line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressCharts progressCharts() {
        Me me = me();
        PlanView current = plans.currentWithItems(me.patient().id).map(PlanView::of).orElse(null);
        List<PlanSummary> history = plans.history(me.patient().id);
        audit.success("portal.progress.read", SESSION, null, me.patient().id);
        return progress.charts(me.patient().id, current, history);
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
        if (episodes.isDischargedForWrite(patientId)) {
            audit.denied("portal.session.create", SESSION, null, patientId);
            throw sessionsEnded(patientId);
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
        // the latest sessions by session date, newest first; a rise is judged only for a session that is the latest
        List<SessionLog> latest = sessions.latestFor(patientId, PainRules.RISING_SESSIONS);
        List<Integer> pain = new ArrayList<>();
        if (latest.get(0).id.equals(log.id)) {
            latest.forEach(s -> pain.add(0, PainRules.pain(s.painBefore, s.painAfter)));
        }
        alerts.sessionLogged(patientId, log.id, log.sessionDate, log.painBefore, log.painAfter, pain);
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

    /**
     * Records a warning report: the symptom, the patient's own words and when. The report is its own item for
     * the clinicians until one acknowledges it, and while it is unacknowledged the patient is flagged (that flag
     * is computed from the reports). Only the report and its audit entry are inserted: no row another person
     * might be editing at the same moment (the patient's record, an earlier alert) is written, so a report
     * cannot fail on someone else's concurrent change. Submitting the same form twice, even at the same moment,
     * saves one report.
     */
    public WarningReport reportWarning(WarningInput input) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> insertWarning(input));
        } catch (RuntimeException e) {
            // two submits of the same form raced; the other one was saved, so that is the answer
            if (ErrorMapping.causeOfType(e, org.hibernate.exception.ConstraintViolationException.class) != null) {
                return QuarkusTransaction.requiringNew().call(() ->
                        warnings.bySubmission(me().patient().id, input.submissionId()).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    private WarningReport insertWarning(WarningInput input) {
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

    /** The refusal of a session after discharge: 409, saying since when and what to do instead. */
    private DomainException sessionsEnded(long patientId) {
        String detail = episodes.currentEpisode(patientId).filter(EpisodeView::discharged)
                .map(e -> text().sessionsEnded(Language.date(e.dischargedOn(), Language.current())))
                .orElseGet(() -> text().sessionsEndedNoDate());
        return new DomainException(409, text().sessionsEndedTitle(), detail);
    }

    private static PortalMessages text() {
        return Messages.get(PortalMessages.class);
    }

    private Optional<SessionLog> sessionBySubmission(long patientId, String submissionId) {
        return sessions.bySubmission(patientId, submissionId);
    }
}
