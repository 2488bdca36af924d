package com.kneerehab.records.fhir;

import com.kneerehab.records.evaluation.Addendum;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.outcome.MeasureResponse;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.TreatmentPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The FHIR API's queries. A patient's whole record is read in six statements whatever its size, one per
 * kind of record; the session logs are named by their JPQL entity name only, as the portal feature sits
 * above this one.
 */
@ApplicationScoped
public class FhirRepository {

    @Inject
    EntityManager em;

    public Optional<Patient> patient(long id) {
        return Optional.ofNullable(em.find(Patient.class, id));
    }

    /** The whole record of a patient who exists. */
    PatientRecord record(Patient patient) {
        long id = patient.id;
        List<Evaluation> evaluations = em.createQuery("""
                        select e from Evaluation e where e.patient.id = :p order by e.visitDate, e.id""", Evaluation.class)
                .setParameter("p", id).getResultList();
        Map<Long, List<Addendum>> addenda = em.createQuery("""
                        select a from Addendum a
                        where a.evaluationId in (select e.id from Evaluation e where e.patient.id = :p)
                        order by a.createdAt, a.id""", Addendum.class)
                .setParameter("p", id).getResultStream()
                .collect(Collectors.groupingBy(a -> a.evaluationId, LinkedHashMap::new, Collectors.toList()));
        List<TreatmentPlan> plans = em.createQuery("""
                        select p from TreatmentPlan p left join fetch p.items i left join fetch i.exercise
                        where p.patient.id = :p order by p.planNumber""", TreatmentPlan.class)
                .setParameter("p", id).getResultList();
        List<SessionRow> sessions = em.createQuery("""
                        select new com.kneerehab.records.fhir.SessionRow(s.id, s.planId, s.sessionDate,
                               s.painBefore, s.painAfter, s.note, s.createdAt)
                        from SessionLog s where s.patientId = :p order by s.sessionDate, s.id""", SessionRow.class)
                .setParameter("p", id).getResultList();
        List<MeasureResponse> responses = em.createQuery("""
                        select r from MeasureResponse r join fetch r.assignment left join fetch r.answers
                        where r.patientId = :p and r.status <> 'DRAFT' order by r.id""", MeasureResponse.class)
                .setParameter("p", id).getResultList();
        return new PatientRecord(patient, evaluations, addenda, plans, sessions, responses);
    }

    /** The patient a record of the given kind belongs to, if that record exists. */
    Optional<Long> patientOf(FhirIds.Owner owner, long id) {
        String query = switch (owner) {
            case EVALUATION -> "select e.patient.id from Evaluation e where e.id = :id";
            case ADDENDUM -> "select e.patient.id from Addendum a, Evaluation e where e.id = a.evaluationId and a.id = :id";
            case PLAN -> "select p.patient.id from TreatmentPlan p where p.id = :id";
            case SESSION -> "select s.patientId from SessionLog s where s.id = :id";
            case MEASURE -> "select a.patient.id from AssignedMeasure a where a.id = :id";
        };
        return em.createQuery(query, Long.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** One page of patients matching every criterion given (null: any), by family and given name. */
    List<Patient> patients(PatientCriteria criteria, int offset, int count) {
        TypedQuery<Patient> query = em.createQuery("select p from Patient p where " + PatientCriteria.WHERE
                + " order by p.familyName, p.givenName, p.id", Patient.class);
        criteria.bind(query);
        return query.setFirstResult(offset).setMaxResults(count).getResultList();
    }

    long countPatients(PatientCriteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Patient p where " + PatientCriteria.WHERE,
                Long.class);
        criteria.bind(query);
        return query.getSingleResult();
    }

    /**
     * What a patient search asks for: an MRN, a name (the start of a given or family name, any case), a
     * date of birth, and, for a patient's own search, their own record only.
     */
    record PatientCriteria(String mrn, String name, LocalDate birthDate, Long onlyId) {

        static final String WHERE = """
                (:mrn is null or p.mrn = :mrn)
                and (:name is null or lower(p.givenName) like :name escape '!' or lower(p.familyName) like :name escape '!')
                and (:birthDate is null or p.dateOfBirth = :birthDate)
                and (:onlyId is null or p.id = :onlyId)""";

        void bind(TypedQuery<?> query) {
            String prefix = name == null ? null
                    : name.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            query.setParameter("mrn", mrn).setParameter("name", prefix).setParameter("birthDate", birthDate)
                    .setParameter("onlyId", onlyId);
        }
    }
}
