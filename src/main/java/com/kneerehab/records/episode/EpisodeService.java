package com.kneerehab.records.episode;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Episodes of care: one per referral. Registering a patient opens the first; a clinician discharges the
 * patient (date, reason, who), which ends the current plan (see {@link Discharged}); a re-referral opens the
 * next and keeps the earlier ones. Other features ask {@link #isDischarged(long)} and
 * {@link #currentEpisode(long)}. Every change and every read for a person is audited.
 */
@ApplicationScoped
public class EpisodeService {

    public static final String RECORD = "episode";

    /**
     * Fired inside the discharge's transaction, after the episode is discharged and before its audit line:
     * features that hold something "current" for the patient end it there (the plan does).
     */
    public record Discharged(long patientId, long episodeId, LocalDate dischargedOn, Instant at) {
    }

    @Inject
    EpisodeRepository episodes;

    @Inject
    PatientService patients;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<Discharged> discharged;

    // ------------------------------------------------------------------ what other features ask

    /**
     * Whether the patient's latest episode of care has ended. The one question other features ask (plans,
     * the portal, worklists): true from a discharge until a clinician starts a new episode. It reads the
     * patient's status, which only this service sets and which always follows the latest episode, so
     * set-based queries can use {@code patient.status = 'DISCHARGED'} for the same answer.
     */
    public boolean isDischarged(long patientId) {
        return patients.require(patientId).status == Patient.Status.DISCHARGED;
    }

    /**
     * The same question for a write in the caller's transaction (a session log, a new plan): a discharge
     * committing meanwhile is either waited for and seen, or waits until the write has committed.
     */
    public boolean isDischargedForWrite(long patientId) {
        return patients.dischargedForWrite(patientId);
    }

    /** The patient's latest episode (open, or the discharge that ended it), for another feature's page: no audit line. */
    public Optional<EpisodeView> currentEpisode(long patientId) {
        return episodes.latest(patientId).map(EpisodeView::of);
    }

    /** Every episode of the patient, newest first, for another feature's page: no audit line. */
    public List<EpisodeView> episodesOf(long patientId) {
        return episodes.history(patientId).stream().map(EpisodeView::of).toList();
    }

    // ------------------------------------------------------------------ the clinician's reads and changes

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EpisodeView> history(long patientId) {
        patients.require(patientId);
        List<EpisodeView> found = episodesOf(patientId);
        audit.success("episode.list", RECORD, null, patientId);
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EpisodeView get(long episodeId) {
        EpisodeOfCare episode = require(episodeId);
        audit.success("episode.read", RECORD, episodeId, episode.patientId);
        return EpisodeView.of(episode);
    }

    /**
     * Discharges the patient: the episode records the date, the reason and the clinician; the patient's
     * status becomes discharged; the current plan ends (observers of {@link Discharged}); one transaction.
     */
    @Transactional
    public EpisodeView discharge(long episodeId, DischargeInput input) {
        EpisodeOfCare episode = require(episodeId);
        Patient patient = patients.require(episode.patientId);
        Instant now = Instant.now(clock);
        episode.discharge(input, LocalDate.now(clock), user.subject(), user.displayName(), now);
        patient.status = Patient.Status.DISCHARGED;
        patient.updatedAt = now;
        Versions.flush(episodes.getEntityManager(), text().thisRecord());
        discharged.fire(new Discharged(patient.id, episode.id, episode.dischargedOn, now));
        audit.success("episode.discharge", RECORD, episode.id, patient.id);
        return EpisodeView.of(episode);
    }

    /**
     * Starts the next episode of care for a discharged patient (a re-referral). The earlier episodes, plans
     * and evaluations stay on the chart; from now on plans may be prescribed again.
     */
    @Transactional
    public EpisodeView startNew(NewEpisodeInput input) {
        Patient patient = patients.require(input.patientId());
        Optional<EpisodeOfCare> latest = episodes.latest(patient.id);
        if (latest.isPresent() && latest.get().isOpen()) {
            throw DomainException.conflict(text().alreadyOpen(latest.get().number));
        }
        if (latest.isPresent() && input.startedOn().isBefore(latest.get().dischargedOn)) {
            throw DomainException.invalid("startedOn", text().startBeforeDischarge(latest.get().dischargedOn));
        }
        if (input.startedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("startedOn", text().startInFuture());
        }
        EpisodeOfCare episode = open(patient, input.startedOn(), Text.orNull(input.referralNotes()));
        Versions.flush(episodes.getEntityManager(), text().thisRecord());
        audit.success("episode.start", RECORD, episode.id, patient.id);
        return EpisodeView.of(episode);
    }

    /**
     * A newly registered patient is in their first episode of care, from the day of registration. Runs in
     * the registration's transaction, whose audit line ("patient.create") covers it.
     */
    void onRegistration(@Observes PatientService.Registered registered) {
        Patient patient = registered.patient();
        open(patient, LocalDate.now(clock), patient.referralNotes);
        episodes.flush();
    }

    private EpisodeOfCare open(Patient patient, LocalDate startedOn, String referralNotes) {
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.patientId = patient.id;
        episode.number = episodes.nextNumber(patient.id);
        episode.startedOn = startedOn;
        episode.startedBySubject = user.subject();
        episode.startedByName = user.displayName();
        episode.referralNotes = referralNotes;
        episode.createdAt = Instant.now(clock);
        episodes.persist(episode);
        if (patient.status != Patient.Status.ACTIVE) {
            patient.status = Patient.Status.ACTIVE;
            patient.updatedAt = episode.createdAt;
        }
        return episode;
    }

    private EpisodeOfCare require(long episodeId) {
        return episodes.findByIdOptional(episodeId).orElseThrow(() -> DomainException.notFound(text().theEpisode()));
    }

    private static EpisodeMessages text() {
        return Messages.get(EpisodeMessages.class);
    }
}
