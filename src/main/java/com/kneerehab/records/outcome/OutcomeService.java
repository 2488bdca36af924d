package com.kneerehab.records.outcome;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.PlatformMessages;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns outcome measures, keeps their answers and scores, and says how a measure has changed. A clinician
 * may act for any patient; a patient only on the measures assigned to them, named by their own patient id
 * (which the portal takes from the caller's account link, never from the request). Anything else is
 * refused and audited. Every read and write of a patient's measures is audited.
 */
@ApplicationScoped
public class OutcomeService {

    public static final String RECORD = "outcome-measure";
    public static final String RESPONSE = "outcome-response";

    @Inject
    MeasureRepository measures;

    @Inject
    PatientService patients;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    OutcomeMessages messages;

    @Inject
    Clock clock;

    // --- clinician ---

    @Transactional
    public MeasureView assign(AssignInput input) {
        requireRole(Roles.CLINICIAN, "outcome.assign", null, input.patientId());
        Patient patient = patients.require(input.patientId());
        LocalDate today = LocalDate.now(clock);
        LocalDate due = input.dueDate() == null ? today : input.dueDate();
        if (due.isBefore(today)) {
            throw DomainException.invalid("dueDate", messages.dueBeforeToday());
        }
        if (measures.hasOpen(patient.id, input.instrument())) {
            throw DomainException.conflict(messages.alreadyAssigned(input.instrument().questionnaire().abbreviation()));
        }
        AssignedMeasure measure = new AssignedMeasure();
        measure.patient = patient;
        measure.instrument = input.instrument();
        measure.occasion = input.occasion();
        measure.dueDate = due;
        measure.assignedBySubject = user.subject();
        measure.assignedByName = user.displayName();
        measure.assignedAt = Instant.now(clock);
        measures.persist(measure);
        measures.flush();
        audit.success("outcome.assign", RECORD, measure.id, patient.id);
        return new MeasureView(MeasureRow.of(measure, null, null), FormView.of(measure.instrument, messages), null,
                List.of(), baselineActivities(measure));
    }

    /** A patient's measures with their scores, and how each measure taken more than once has changed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientMeasures forPatient(long patientId) {
        requireRole(Roles.CLINICIAN, "outcome.list", null, patientId);
        patients.require(patientId);
        List<MeasureRow> rows = measures.rows(patientId);
        audit.success("outcome.list", RECORD, null, patientId);
        return new PatientMeasures(rows, ChangeView.of(rows, messages));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureView get(long id) {
        AssignedMeasure measure = require(id);
        requireRole(Roles.CLINICIAN, "outcome.read", id, measure.patient.id);
        audit.success("outcome.read", RECORD, id, measure.patient.id);
        return view(measure);
    }

    /** A clinician enters a patient's answers in the office and submits them. */
    @Transactional
    public MeasureView submitOnBehalf(long id, AnswersInput input) {
        AssignedMeasure measure = require(id);
        requireRole(Roles.CLINICIAN, "outcome.submit", id, measure.patient.id);
        MeasureResponse response = submit(measure, input, MeasureResponse.AnsweredBy.CLINICIAN);
        audit.success("outcome.submit", RESPONSE, response.id, measure.patient.id);
        return view(measure);
    }

    /**
     * Corrects a submitted response: the corrected answers become a new numbered response that supersedes the
     * current one, which is kept unchanged. The input names the number of the response it corrects, which must
     * be the current one.
     */
    @Transactional
    public MeasureView correct(long id, AnswersInput input) {
        AssignedMeasure measure = require(id);
        requireRole(Roles.CLINICIAN, "outcome.correct", id, measure.patient.id);
        if (input.reason() == null || input.reason().isBlank()) {
            throw DomainException.invalid("reason", messages.correctionReason());
        }
        MeasureResponse current = measures.current(id)
                .orElseThrow(() -> DomainException.conflict(messages.nothingToCorrect()));
        if (input.corrects() == null) {
            throw DomainException.invalid("corrects", messages.correctsRequired());
        }
        if (!input.corrects().equals(current.number)) {
            throw DomainException.stale(Messages.get(OutcomeMessages.class).thisRecord());
        }
        Scoring.Checked checked = completeOrRefuse(measure, input);
        Instant now = Instant.now(clock);
        current.supersede(now);
        // the old response must leave the "current" slot before the correction takes it
        Versions.flush(measures.getEntityManager(), Messages.get(OutcomeMessages.class).thisRecord());
        MeasureResponse correction = newResponse(measure, now);
        correction.supersedesId = current.id;
        correction.correctionReason = input.reason().strip();
        correction.replaceAnswers(checked.answers(), MeasureResponse.AnsweredBy.CLINICIAN, user.subject(),
                user.displayName(), now);
        correction.submit(score(measure, checked), measures.nextResponseNumber(id), now);
        measures.persistResponse(correction);
        Versions.flush(measures.getEntityManager(), Messages.get(OutcomeMessages.class).thisRecord());
        audit.success("outcome.correct", RESPONSE, correction.id, measure.patient.id);
        return view(measure);
    }

    /**
     * A patient's measures and changes for the chart, which writes the audit line for its whole read: no
     * audit line of its own, and for clinicians only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientMeasures summaryFor(long patientId) {
        requireRole(Roles.CLINICIAN, "outcome.list", null, patientId);
        List<MeasureRow> rows = measures.rows(patientId);
        return new PatientMeasures(rows, ChangeView.of(rows, messages));
    }

    /**
     * Which patients have a measure to take today, oldest first, at most {@code limit}: baseline missing after
     * the first evaluation, assigned and not yet answered, or the plan's review date reached (see
     * {@link MeasureRepository#due}). One statement whatever the size of the clinic, and one audit line for
     * the list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueMeasure> due(int limit) {
        requireRole(Roles.CLINICIAN, "outcome.due", null, null);
        List<DueMeasure> due = measures.due(LocalDate.now(clock), Math.max(1, Math.min(limit, 500)));
        audit.success("outcome.due", RECORD, null, null);
        return due;
    }

    /**
     * The same list for the worklist, which writes one audit line for its whole read (and none for the count in
     * the navigation, which shows no patient). At most {@code limit} patients.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueMeasure> dueForWorklist(int limit) {
        requireRole(Roles.CLINICIAN, "outcome.due", null, null);
        return measures.due(LocalDate.now(clock), Math.max(1, Math.min(limit, 500)));
    }

    // --- patient ---

    /** The measures assigned to the calling patient, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureRow> own(long ownPatientId) {
        requireRole(Roles.PATIENT, "outcome.list", null, ownPatientId);
        List<MeasureRow> rows = measures.rows(ownPatientId);
        audit.success("outcome.list", RECORD, null, ownPatientId);
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureView getOwn(long ownPatientId, long id) {
        AssignedMeasure measure = requireOwn(ownPatientId, id, "outcome.read");
        audit.success("outcome.read", RECORD, id, ownPatientId);
        return view(measure);
    }

    /** Saves the calling patient's answers in progress; what is given must be valid, the rest may wait. */
    @Transactional
    public MeasureView saveDraft(long ownPatientId, long id, AnswersInput input) {
        AssignedMeasure measure = requireOwn(ownPatientId, id, "outcome.draft");
        requireOpen(measure);
        Scoring.Checked checked = Scoring.checkPartial(measure.questionnaire(), input.toScoring());
        refuseIfFaulty(measure, checked, Messages.get(OutcomeMessages.class).answersRefused());
        Instant now = Instant.now(clock);
        MeasureResponse draft = measures.draft(id).orElseGet(() -> newResponse(measure, now));
        if (draft.id != null && input.version() != null) {
            Versions.check(input.version(), draft.version, Messages.get(OutcomeMessages.class).thisRecord());
        }
        draft.replaceAnswers(checked.answers(), MeasureResponse.AnsweredBy.PATIENT, user.subject(),
                user.displayName(), now);
        if (draft.id == null) {
            measures.persistResponse(draft);
        }
        Versions.flush(measures.getEntityManager(), Messages.get(OutcomeMessages.class).thisRecord());
        audit.success("outcome.draft", RESPONSE, draft.id, ownPatientId);
        return view(measure);
    }

    /**
     * Saves the answers of one page of the questionnaire: the answers to {@code pageItems} are replaced by
     * those given (a question left blank is cleared), the answers saved from other pages are kept.
     */
    @Transactional
    public MeasureView savePage(long ownPatientId, long id, Collection<String> pageItems, AnswersInput input) {
        AssignedMeasure measure = requireOwn(ownPatientId, id, "outcome.draft");
        requireOpen(measure);
        Optional<MeasureResponse> saved = measures.draft(id);
        List<AnswersInput.Item> merged = new ArrayList<>();
        saved.ifPresent(draft -> draft.answers.stream()
                .filter(a -> !pageItems.contains(a.itemKey))
                .forEach(a -> merged.add(new AnswersInput.Item(a.itemKey, a.value, a.text))));
        merged.addAll(input.answers());
        AnswersInput all = new AnswersInput(merged, null, null, null);
        Scoring.Checked checked = Scoring.checkPartial(measure.questionnaire(), all.toScoring());
        refuseIfFaulty(measure, checked, Messages.get(OutcomeMessages.class).answersRefused());
        Instant now = Instant.now(clock);
        MeasureResponse draft = saved.orElseGet(() -> newResponse(measure, now));
        draft.replaceAnswers(checked.answers(), MeasureResponse.AnsweredBy.PATIENT, user.subject(),
                user.displayName(), now);
        if (draft.id == null) {
            measures.persistResponse(draft);
        }
        Versions.flush(measures.getEntityManager(), Messages.get(OutcomeMessages.class).thisRecord());
        audit.success("outcome.draft", RESPONSE, draft.id, ownPatientId);
        return view(measure);
    }

    /** Submits the answers the calling patient has saved so far; refused, naming each, unless complete. */
    @Transactional
    public MeasureView submitSaved(long ownPatientId, long id) {
        AssignedMeasure measure = requireOwn(ownPatientId, id, "outcome.submit");
        requireOpen(measure);
        List<AnswersInput.Item> saved = measures.draft(id).map(d -> d.answers.stream()
                .map(a -> new AnswersInput.Item(a.itemKey, a.value, a.text)).toList()).orElse(List.of());
        MeasureResponse response = submit(measure, new AnswersInput(saved, null, null, null),
                MeasureResponse.AnsweredBy.PATIENT);
        audit.success("outcome.submit", RESPONSE, response.id, ownPatientId);
        return view(measure);
    }

    @Transactional
    public MeasureView submitOwn(long ownPatientId, long id, AnswersInput input) {
        AssignedMeasure measure = requireOwn(ownPatientId, id, "outcome.submit");
        MeasureResponse response = submit(measure, input, MeasureResponse.AnsweredBy.PATIENT);
        audit.success("outcome.submit", RESPONSE, response.id, ownPatientId);
        return view(measure);
    }

    // --- rules ---

    /** The first submission of an open measure: the draft, if any, takes the final answers and is sealed. */
    private MeasureResponse submit(AssignedMeasure measure, AnswersInput input, MeasureResponse.AnsweredBy by) {
        requireOpen(measure);
        Scoring.Checked checked = completeOrRefuse(measure, input);
        Instant now = Instant.now(clock);
        MeasureResponse response = measures.draft(measure.id).orElseGet(() -> newResponse(measure, now));
        response.replaceAnswers(checked.answers(), by, user.subject(), user.displayName(), now);
        response.submit(score(measure, checked), 1, now);
        if (response.id == null) {
            measures.persistResponse(response);
        }
        measure.complete(now);
        Versions.flush(measures.getEntityManager(), Messages.get(OutcomeMessages.class).thisRecord());
        return response;
    }

    private Scoring.Checked completeOrRefuse(AssignedMeasure measure, AnswersInput input) {
        Scoring.Checked checked = Scoring.checkComplete(measure.questionnaire(), input.toScoring());
        refuseIfFaulty(measure, checked, Messages.get(OutcomeMessages.class).answersIncomplete());
        return checked;
    }

    private BigDecimal score(AssignedMeasure measure, Scoring.Checked checked) {
        return Scoring.score(measure.questionnaire(), checked.answers())
                .orElseThrow(() -> new IllegalStateException("A checked set of answers has no score"));
    }

    private void refuseIfFaulty(AssignedMeasure measure, Scoring.Checked checked, String detail) {
        if (checked.ok()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        checked.faults().forEach((key, fault) -> fields.put("answers." + key, explain(measure, key, fault)));
        throw DomainException.invalid(detail, fields);
    }

    private String explain(AssignedMeasure measure, String key, Scoring.Fault fault) {
        OutcomeMessages text = Messages.get(OutcomeMessages.class);
        return switch (fault) {
            case MISSING -> text.answerMissing();
            case NOT_AN_OPTION -> text.answerNotAnOption();
            case OUT_OF_RANGE -> measure.questionnaire().item(key)
                    .map(i -> text.answerOutOfRange(i.low(), i.high())).orElse(text.answerNotAnOption());
            case UNKNOWN_ITEM -> text.answerUnknownItem();
            case REPEATED -> text.answerRepeated();
            case ACTIVITY_UNNAMED -> text.answerActivityUnnamed();
            case ACTIVITY_UNRATED -> text.answerActivityUnrated();
            case ONE_BRANCH -> text.answerOneBranch();
            case NO_ACTIVITY -> text.answerNoActivity();
        };
    }

    private void requireOpen(AssignedMeasure measure) {
        if (!measure.isOpen()) {
            throw DomainException.conflict(Messages.get(OutcomeMessages.class).alreadySubmitted());
        }
    }

    private MeasureResponse newResponse(AssignedMeasure measure, Instant now) {
        MeasureResponse response = new MeasureResponse();
        response.assignment = measure;
        response.patientId = measure.patient.id;
        response.startedAt = now;
        response.updatedAt = now;
        return response;
    }

    private AssignedMeasure require(long id) {
        return measures.findWithPatient(id).orElseThrow(() -> DomainException.notFound(messages.theMeasure()));
    }

    /** The measure, if it is assigned to the calling patient; another patient's answers "not found". */
    private AssignedMeasure requireOwn(long ownPatientId, long id, String action) {
        requireRole(Roles.PATIENT, action, id, ownPatientId);
        Optional<AssignedMeasure> measure = measures.findWithPatient(id);
        if (measure.isEmpty() || !measure.get().patient.id.equals(ownPatientId)) {
            audit.denied(action, RECORD, id, ownPatientId);
            throw DomainException.notFound(Messages.get(OutcomeMessages.class).theMeasure());
        }
        return measure.get();
    }

    private void requireRole(String role, String action, Long recordId, Long patientId) {
        if (!user.hasRole(role)) {
            audit.denied(action, RECORD, recordId, patientId);
            throw new DomainException(403, Messages.get(PlatformMessages.class).forbiddenTitle(), messages.notAllowed());
        }
    }

    private MeasureView view(AssignedMeasure measure) {
        List<MeasureResponse> all = measures.responses(measure.id);
        MeasureResponse draft = all.stream().filter(MeasureResponse::isDraft).findFirst().orElse(null);
        MeasureResponse current = all.stream().filter(MeasureResponse::isCurrent).findFirst().orElse(null);
        return new MeasureView(MeasureRow.of(measure, current, draft), FormView.of(measure.instrument, messages),
                draft == null ? null : MeasureView.ResponseView.of(draft, measure.questionnaire()),
                all.stream().filter(r -> !r.isDraft())
                        .map(r -> MeasureView.ResponseView.of(r, measure.questionnaire())).toList(),
                baselineActivities(measure));
    }

    private List<String> baselineActivities(AssignedMeasure measure) {
        return measure.instrument == Instrument.PSFS
                ? measures.baselineActivities(measure.patient.id, measure.id) : List.of();
    }
}
