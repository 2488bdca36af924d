package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.PageOf;
import com.kneerehab.records.platform.Versions;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/** Registers and edits patients. Callers are clinicians; every read and write is audited. */
@ApplicationScoped
public class PatientService {

    public static final String RECORD = "patient";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PatientRepository patients;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<Registered> registered;

    /** How the clinic writes a date (dd.MM.yyyy, MM/dd/yyyy, dd/MM/yyyy, ...), read beside ISO in searches. */
    @ConfigProperty(name = "knee-rehab.patient-search.date-format", defaultValue = "dd.MM.yyyy")
    String dateFormat;

    private java.time.format.DateTimeFormatter clinicDateFormat;

    @jakarta.annotation.PostConstruct
    void readDateFormat() {
        clinicDateFormat = PatientQuery.clinicFormat(dateFormat);
    }

    /** Fired in the registration's transaction once the patient has an id: the first episode of care opens. */
    public record Registered(Patient patient) {
    }

    /**
     * Finds patients the way the front desk types: a name in either order or its start, an MRN, a date of
     * birth (ISO or the clinic's format, {@code knee-rehab.patient-search.date-format}) or a phone number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<PatientRow> search(String text, int page, int size) {
        PatientQuery query = PatientQuery.of(text, clinicDateFormat);
        var found = PageOf.counting(patients.search(query, page, size), page, size, () -> patients.countMatching(query));
        audit.success("patient.search", RECORD, null, null);
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Patient get(long id) {
        Patient patient = patients.findByIdOptional(id).orElseThrow(() -> DomainException.notFound(text().thePatient()));
        audit.success("patient.read", RECORD, id, id);
        return patient;
    }

    /** Loads a patient for another feature's use, without writing an audit line of its own. */
    public Patient require(long id) {
        return patients.findByIdOptional(id).orElseThrow(() -> DomainException.notFound(text().thePatient()));
    }

    /**
     * Whether the patient is discharged, for a write that must not land after a discharge: the answer holds
     * until the caller's transaction ends (see {@link PatientRepository#statusHeld(long)}).
     */
    public boolean dischargedForWrite(long id) {
        return patients.statusHeld(id).orElseThrow(() -> DomainException.notFound(text().thePatient()))
                == Patient.Status.DISCHARGED;
    }

    /**
     * Names and MRNs of several patients by id, for a list of many patients' items whose own feature writes
     * the audit line.
     */
    public java.util.Map<Long, PatientRef> refs(java.util.Collection<Long> ids) {
        return patients.refs(ids).stream().collect(java.util.stream.Collectors.toMap(PatientRef::id, r -> r));
    }

    @Transactional
    public Patient register(PatientInput input) {
        Patient patient = new Patient();
        apply(patient, input);
        patient.mrn = newMrn();
        patient.status = Patient.Status.ACTIVE;
        patient.createdAt = Instant.now(clock);
        patient.updatedAt = patient.createdAt;
        patients.persist(patient);
        patients.flush();
        registered.fire(new Registered(patient));
        audit.success("patient.create", RECORD, patient.id, patient.id);
        return patient;
    }

    @Transactional
    public Patient update(long id, PatientInput input) {
        Patient patient = require(id);
        Versions.check(input.version(), patient.version, text().thisRecord());
        if (input.status() != null && input.status() != patient.status) {
            // the status follows the episodes of care: a discharge or a re-referral, each with its record
            throw DomainException.invalid("status", text().statusByEpisode());
        }
        apply(patient, input);
        patient.updatedAt = Instant.now(clock);
        Versions.flush(patients.getEntityManager(), text().thisRecord());
        audit.success("patient.update", RECORD, id, id);
        return patient;
    }

    private static void apply(Patient patient, PatientInput input) {
        checkReferrer(input.referrer());
        patient.givenName = input.givenName().strip();
        patient.familyName = input.familyName().strip();
        patient.dateOfBirth = input.dateOfBirth();
        patient.sex = input.sex();
        patient.phone = Text.orNull(input.phone());
        patient.email = Text.orNull(input.email());
        patient.affectedSide = input.affectedSide();
        patient.referralNotes = Text.orNull(input.referralNotes());
        ReferrerInput in = input.referrer();
        ReferringPhysician referrer = patient.referrer();
        referrer.name = in == null ? null : Text.orNull(in.name());
        referrer.practice = in == null ? null : Text.orNull(in.practice());
        referrer.address = in == null ? null : Text.orNull(in.address());
        referrer.phone = in == null ? null : Text.orNull(in.phone());
        referrer.fax = in == null ? null : Text.orNull(in.fax());
        referrer.email = in == null ? null : Text.orNull(in.email());
    }

    /** Contact details need the physician's name: a report is never addressed to a number alone. */
    private static void checkReferrer(ReferrerInput referrer) {
        if (referrer != null && referrer.anyContact() && !referrer.hasName()) {
            throw DomainException.invalid(text().referrerRefused(),
                    java.util.Map.of("referrer.name", text().referrerNameNeeded()));
        }
    }

    private String newMrn() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = "KR" + String.format("%08d", RANDOM.nextInt(100_000_000));
            if (!patients.mrnExists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Could not find a free medical record number");
    }


    private static PatientMessages text() {
        return MessageBundles.get(PatientMessages.class);
    }
}
