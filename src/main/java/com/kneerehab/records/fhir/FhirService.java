package com.kneerehab.records.fhir;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.patient.Patient;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The read-only FHIR R4 API over the record: read by id, search, and a patient's whole record
 * ({@code $everything}). Every call is an audited read; a patient's call for another patient's record is
 * audited as denied and answered "not found". A patient's record is always read whole, in the same few
 * statements ({@link FhirRepository#record}), and mapped; a read or search then picks from it.
 */
@ApplicationScoped
public class FhirService {

    static final String READ = "fhir.read";
    static final String SEARCH = "fhir.search";
    static final String EVERYTHING = "fhir.everything";

    @Inject
    FhirRepository repository;

    @Inject
    RecordMapper mapper;

    @Inject
    PatientMapping patients;

    @Inject
    QuestionnaireMapping questionnaires;

    @Inject
    FhirAccess access;

    @Inject
    FhirSettings settings;

    @Inject
    AuditLog audit;

    static FhirMessages text() {
        return MessageBundles.get(FhirMessages.class);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource read(String type, String id) {
        ServedType served = ServedType.of(type).orElseThrow(() -> FhirError.notFound(type, id));
        FhirAccess.Caller caller = access.caller();
        access.requireScope(caller, type);
        if (served == ServedType.QUESTIONNAIRE) {
            Instrument instrument = QuestionnaireMapping.instrument(id).orElseThrow(() -> FhirError.notFound(type, id));
            audit.success(READ, type, null, null);
            return questionnaires.questionnaire(instrument);
        }
        Patient patient = readablePatient(caller, ownerOf(served, id), READ, type, id);
        Resource resource = served == ServedType.PATIENT ? patients.resource(patient)
                : mapper.map(repository.record(patient)).find(type, id).orElse(null);
        if (resource == null) {
            throw FhirError.notFound(type, id);
        }
        audit.success(READ, type, recordNumber(served, id), patient.id);
        return resource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Bundle search(String base, String type, Map<String, List<String>> query) {
        ServedType served = ServedType.of(type).orElseThrow(() -> FhirError.notFound(type, ""));
        FhirAccess.Caller caller = access.caller();
        access.requireScope(caller, type);
        SearchRequest search = SearchRequest.of(base, served, query);
        return switch (served) {
            case PATIENT -> searchPatients(caller, search);
            case QUESTIONNAIRE -> searchQuestionnaires(search);
            default -> searchRecord(caller, served, search);
        };
    }

    /** The patient's whole record as one searchset Bundle, audited as {@code action}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bundle everything(String base, String id, String action) {
        FhirAccess.Caller caller = access.caller();
        access.requireScope(caller, "*");
        Optional<Long> patientId = FhirIds.patient(id);
        Patient patient = readablePatient(caller, patientId, action, "Patient", id);
        List<Resource> resources = mapper.map(repository.record(patient)).all();
        audit.success(action, "Patient", patient.id, patient.id);
        SearchRequest all = new SearchRequest(base, "Patient/" + id + "/$everything", Map.of(),
                Math.max(resources.size(), 1), 0, false);
        Bundle bundle = all.bundle(resources, resources.size());
        bundle.getLink().removeIf(link -> !link.getRelation().equals("self"));
        bundle.getLinkFirstRep().setUrl(base + "/Patient/" + id + "/$everything");
        return bundle;
    }

    private Bundle searchPatients(FhirAccess.Caller caller, SearchRequest search) {
        String mrn = null;
        String identifier = search.param("identifier");
        boolean impossible = false;
        if (identifier != null) {
            int bar = identifier.indexOf('|');
            mrn = bar < 0 ? identifier : identifier.substring(bar + 1);
            impossible = bar > 0 && !identifier.substring(0, bar).equals(settings.mrnSystem());
        }
        LocalDate birthDate = null;
        String birth = search.param("birthdate");
        if (birth != null) {
            try {
                birthDate = LocalDate.parse(birth.startsWith("eq") ? birth.substring(2) : birth);
            } catch (DateTimeParseException e) {
                throw FhirError.invalid(text().badParameter("birthdate"));
            }
        }
        Long only = caller.clinician() ? null : caller.ownPatientId();
        String idParam = search.param("_id");
        if (idParam != null) {
            Optional<Long> asked = FhirIds.patient(idParam);
            impossible |= asked.isEmpty() || (only != null && !only.equals(asked.get()));
            only = asked.orElse(null);
        }
        audit.success(SEARCH, "Patient", null, caller.ownPatientId());
        if (impossible) {
            return search.bundle(List.of(), 0);
        }
        var criteria = new FhirRepository.PatientCriteria(mrn, search.param("name"), birthDate, only);
        long total = repository.countPatients(criteria);
        List<Resource> page = search.onlyCount() || total == 0 ? List.of()
                : repository.patients(criteria, search.offset(), search.count()).stream()
                .<Resource>map(patients::resource).toList();
        return search.bundle(page, total);
    }

    private Bundle searchQuestionnaires(SearchRequest search) {
        audit.success(SEARCH, "Questionnaire", null, null);
        String id = search.param("_id");
        String url = search.param("url");
        return search.page(questionnaires.all().stream()
                .filter(q -> id == null || q.getIdElement().getIdPart().equals(id))
                .filter(q -> url == null || q.getUrl().equals(url))
                .toList());
    }

    private Bundle searchRecord(FhirAccess.Caller caller, ServedType served, SearchRequest search) {
        String reference = search.param("patient");
        Optional<Long> patientId;
        if (reference == null) {
            if (caller.clinician()) {
                throw FhirError.invalid(text().patientRequired(served.type));
            }
            patientId = Optional.of(caller.ownPatientId());
        } else {
            patientId = FhirIds.patient(reference.startsWith("Patient/") ? reference.substring(8) : reference);
        }
        if (patientId.isEmpty() || (caller.clinician() && repository.patient(patientId.get()).isEmpty())) {
            if (!caller.clinician()) {
                audit.denied(SEARCH, served.type, null, caller.ownPatientId());
                throw FhirError.notFound("Patient", reference);
            }
            audit.success(SEARCH, served.type, null, null);
            return search.bundle(List.of(), 0);
        }
        Patient patient = readablePatient(caller, patientId, SEARCH, "Patient", reference);
        List<Resource> matches = mapper.map(repository.record(patient)).ofType(served.type).stream()
                .filter(matching(search)).toList();
        audit.success(SEARCH, served.type, null, patient.id);
        return search.page(matches);
    }

    private static Predicate<Resource> matching(SearchRequest search) {
        String id = search.param("_id");
        String code = search.param("code");
        String category = search.param("category");
        return resource -> (id == null || resource.getIdElement().getIdPart().equals(id))
                && (code == null || (resource instanceof Observation coded && matches(coded.getCode().getCoding(), code)))
                && (category == null || (resource instanceof Observation sorted
                && sorted.getCategory().stream().anyMatch(c -> matches(c.getCoding(), category))));
    }

    /** A token search: {@code system|code} or a bare {@code code}. */
    private static boolean matches(List<Coding> codings, String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String code = bar < 0 ? token : token.substring(bar + 1);
        return codings.stream().anyMatch(c -> code.equals(c.getCode()) && (system == null || system.equals(c.getSystem())));
    }

    /** The patient a resource id belongs to, if it is one this API makes and its record exists. */
    private Optional<Long> ownerOf(ServedType served, String id) {
        if (served == ServedType.PATIENT) {
            return FhirIds.patient(id);
        }
        return FhirIds.parse(id).flatMap(ref -> repository.patientOf(ref.owner(), ref.number()));
    }

    private static Long recordNumber(ServedType served, String id) {
        return served == ServedType.PATIENT ? FhirIds.patient(id).orElse(null)
                : FhirIds.parse(id).map(FhirIds.Ref::number).orElse(null);
    }

    /** The patient, when the caller may read their record; otherwise "not found", audited as denied when it exists. */
    private Patient readablePatient(FhirAccess.Caller caller, Optional<Long> patientId, String action, String type,
                                    String id) {
        if (patientId.isEmpty()) {
            throw FhirError.notFound(type, id);
        }
        if (!caller.mayRead(patientId.get())) {
            audit.denied(action, type, null, patientId.get());
            throw FhirError.notFound(type, id);
        }
        return repository.patient(patientId.get()).orElseThrow(() -> FhirError.notFound(type, id));
    }
}
