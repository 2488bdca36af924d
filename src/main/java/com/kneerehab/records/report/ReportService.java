package com.kneerehab.records.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.Versions;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Drafts, completes, signs, corrects and sends progress reports to the referring physician, and says which
 * patients are due one. Callers are clinicians; only the clinician who drafted a report changes or signs it;
 * every read and write is audited.
 */
@ApplicationScoped
public class ReportService {

    public static final String RECORD = "progress-report";
    static final int REPORTS_LISTED = 100;
    static final int DUE_LISTED = 500;

    @Inject
    ReportRepository reports;

    @Inject
    PatientService patients;

    @Inject
    ReportDrafting drafting;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "knee-rehab.progress-report.every-visits", defaultValue = "10")
    int everyVisits;

    @ConfigProperty(name = "knee-rehab.progress-report.every-days", defaultValue = "30")
    int everyDays;

    /** A report with everything shown with it. */
    public record Details(ProgressReport report, ReportContent content, List<ReportAddendum> addenda,
                          List<ReportSending> sendings, boolean editable) {
        public Patient patient() {
            return report.patient;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSummary> list(long patientId) {
        patients.require(patientId);
        audit.success("report.list", RECORD, null, patientId);
        return reports.summariesFor(patientId, REPORTS_LISTED);
    }

    /** The patient's reports for another feature's page, which writes its own audit line. */
    public List<ReportSummary> listFor(long patientId) {
        return reports.summariesFor(patientId, REPORTS_LISTED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details get(long id) {
        ProgressReport report = require(id);
        audit.success("report.read", RECORD, id, report.patient.id);
        return details(report);
    }

    /** The report as printed: an audited read of its own, so every download is in the trail. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Details download(long id) {
        ProgressReport report = require(id);
        audit.success("report.download", RECORD, id, report.patient.id);
        return details(report);
    }

    @Transactional
    public ProgressReport draft(ReportInputs.Draft input) {
        Patient patient = patients.require(input.patientId());
        reports.openDraftOf(patient.id).ifPresent(open -> {
            throw DomainException.conflict(text().draftAlreadyOpen());
        });
        ProgressReport report = new ProgressReport();
        report.patient = patient;
        report.clinicianSubject = user.subject();
        report.clinicianName = user.displayName();
        report.reportDate = LocalDate.now(clock);
        report.referralReason = patient.referralNotes;
        report.content = write(drafting.draft(patient));
        report.createdAt = Instant.now(clock);
        report.draftedAt = report.createdAt;
        report.updatedAt = report.createdAt;
        reports.persist(report);
        reports.flush();
        audit.success("report.create", RECORD, report.id, patient.id);
        return report;
    }

    /** Drafts the record parts again from the record as it is now; the clinician's words are kept. */
    @Transactional
    public ProgressReport redraft(long id, ReportInputs.Version input) {
        ProgressReport report = requireOwnDraft(id);
        Versions.check(input.version(), report.version, text().thisRecord());
        report.content = write(drafting.draft(report.patient));
        report.reportDate = LocalDate.now(clock);
        report.draftedAt = Instant.now(clock);
        touch(report);
        audit.success("report.redraft", RECORD, id, report.patient.id);
        return report;
    }

    @Transactional
    public ProgressReport save(long id, ReportInputs.Texts input) {
        ProgressReport report = requireOwnDraft(id);
        Versions.check(input.version(), report.version, text().thisRecord());
        report.referralReason = Text.orNull(input.referralReason());
        report.assessment = Text.orNull(input.assessment());
        report.nextSteps = Text.orNull(input.nextSteps());
        touch(report);
        audit.success("report.update", RECORD, id, report.patient.id);
        return report;
    }

    @Transactional
    public ProgressReport sign(long id, ReportInputs.Version input) {
        ProgressReport report = requireOwnDraft(id);
        Versions.check(input.version(), report.version, text().thisRecord());
        report.sign(user.subject(), user.displayName(), Instant.now(clock), hash(report));
        touch(report);
        audit.success("report.sign", RECORD, id, report.patient.id);
        return report;
    }

    @Transactional
    public Details addAddendum(long id, ReportInputs.Addendum input) {
        ProgressReport report = requireSigned(id);
        ReportAddendum addendum = new ReportAddendum();
        addendum.reportId = id;
        addendum.authorSubject = user.subject();
        addendum.authorName = user.displayName();
        addendum.createdAt = Instant.now(clock);
        addendum.text = input.text().strip();
        addendum.reason = input.reason().strip();
        reports.getEntityManager().persist(addendum);
        reports.flush();
        audit.success("report.addendum", RECORD, id, report.patient.id);
        return details(report);
    }

    /** Records that a signed report was sent: when, how and to whom (by default its addressee). */
    @Transactional
    public Details recordSending(long id, ReportInputs.Sending input) {
        ProgressReport report = requireSigned(id);
        if (input.sentOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("sentOn", text().sentInFuture());
        }
        if (input.sentOn().isBefore(ClinicTime.current().dateOf(report.signedAt))) {
            throw DomainException.invalid("sentOn", text().sentBeforeSigned());
        }
        String recipient = Text.orNull(input.recipient());
        if (recipient == null) {
            ReportContent.Recipient addressee = read(report).recipient();
            if (addressee == null) {
                throw DomainException.invalid("recipient", text().nameTheRecipient());
            }
            recipient = addressee.oneLine();
        }
        ReportSending sending = new ReportSending();
        sending.reportId = id;
        sending.sentOn = input.sentOn();
        sending.method = input.method();
        sending.recipient = recipient.strip();
        sending.recordedBySubject = user.subject();
        sending.recordedByName = user.displayName();
        sending.recordedAt = Instant.now(clock);
        reports.getEntityManager().persist(sending);
        reports.flush();
        audit.success("report.send", RECORD, id, report.patient.id);
        return details(report);
    }

    /**
     * Every active patient whose progress report is due today, with the day it fell due: after the configured
     * number of visits or days since the last signed report (or the first visit), whichever comes first. One
     * statement whatever the size of the clinic. For a worklist page, which writes its own audit line.
     */
    public List<DueReport> due() {
        return reports.due(LocalDate.now(clock), everyVisits, everyDays, DUE_LISTED);
    }

    /** The same list for the API, audited as a read across patients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueReport> dueList() {
        List<DueReport> due = due();
        audit.success("report.due", RECORD, null, null);
        return due;
    }

    public ProgressReport require(long id) {
        return reports.findWithPatient(id).orElseThrow(() -> DomainException.notFound(text().theReport()));
    }

    ReportContent read(ProgressReport report) {
        try {
            return json.readValue(report.content, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Progress report " + report.id + " holds unreadable content", e);
        }
    }

    private String write(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Progress report content cannot be written", e);
        }
    }

    private Details details(ProgressReport report) {
        return new Details(report, read(report), reports.addendaFor(report.id), reports.sendingsFor(report.id),
                !report.isSigned() && report.clinicianSubject.equals(user.subject()));
    }

    private ProgressReport requireOwnDraft(long id) {
        ProgressReport report = require(id);
        report.requireDraft();
        if (!report.clinicianSubject.equals(user.subject())) {
            audit.denied("report.edit", RECORD, id, report.patient.id);
            throw new DomainException(403, text().notYoursTitle(), text().notYours(report.clinicianName));
        }
        return report;
    }

    private ProgressReport requireSigned(long id) {
        ProgressReport report = require(id);
        if (!report.isSigned()) {
            throw DomainException.conflict(text().onlyWhenSigned());
        }
        return report;
    }

    private void touch(ProgressReport report) {
        report.updatedAt = Instant.now(clock);
        Versions.flush(reports.getEntityManager(), text().thisRecord());
    }

    /** SHA-256 over what is signed: the drafted parts and the clinician's three texts, each length-prefixed. */
    static String hash(ProgressReport report) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{report.content, report.referralReason, report.assessment,
                    report.nextSteps}) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signed report still holds what was signed. */
    public boolean intact(ProgressReport report) {
        return !report.isSigned() || hash(report).equals(report.contentHash);
    }

    static ReportMessages text() {
        return MessageBundles.get(ReportMessages.class);
    }
}
