package com.kneerehab.records.patient;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class PatientRepository implements PanacheRepository<Patient> {

    /**
     * One page of patients matching a free-text search: a name prefix (given or family name), an MRN,
     * or a date of birth written as yyyy-mm-dd. Open clinician alerts are counted in the same statement.
     */
    public List<PatientRow> search(String query, int page, int size) {
        Filter filter = Filter.of(query);
        TypedQuery<PatientRow> select = getEntityManager().createQuery("""
                select new com.kneerehab.records.patient.PatientRow(p.id, p.mrn, p.givenName, p.familyName,
                       p.dateOfBirth, p.status, p.warningFlag,
                       (select count(a) from ClinicianAlert a where a.patientId = p.id and a.acknowledgement.acknowledgedAt is null))
                from Patient p
                where %s
                order by p.familyName, p.givenName, p.id""".formatted(filter.where), PatientRow.class);
        filter.params.forEach(select::setParameter);
        return select.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countMatching(String query) {
        Filter filter = Filter.of(query);
        TypedQuery<Long> count = getEntityManager().createQuery(
                "select count(p) from Patient p where " + filter.where, Long.class);
        filter.params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Names and MRNs of the given patients, in one statement (primary key). */
    public List<PatientRef> refs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.patient.PatientRef(p.id, p.mrn, p.givenName, p.familyName)
                        from Patient p where p.id in :ids""", PatientRef.class)
                .setParameter("ids", ids).getResultList();
    }

    public boolean mrnExists(String mrn) {
        return count("mrn", mrn) > 0;
    }

    private record Filter(String where, Map<String, Object> params) {
        static Filter of(String raw) {
            String q = raw == null ? "" : raw.strip();
            if (q.isEmpty()) {
                return new Filter("1 = 1", Map.of());
            }
            try {
                return new Filter("p.dateOfBirth = :dob", Map.of("dob", LocalDate.parse(q)));
            } catch (DateTimeParseException notADate) {
                String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                return new Filter("(p.mrn = :exact or p.familyName like :prefix or p.givenName like :prefix)",
                        Map.of("exact", q.toUpperCase(), "prefix", prefix));
            }
        }
    }
}
