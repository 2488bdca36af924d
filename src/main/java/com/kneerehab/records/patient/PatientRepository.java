package com.kneerehab.records.patient;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class PatientRepository implements PanacheRepository<Patient> {

    /**
     * One page of patients matching a search, best match first: an exact MRN, then a whole name (either
     * order), then a whole given or family name, then the start of a name (either order), then the start of
     * both names; within a rank by family name, given name. Open clinician alerts are counted in the same
     * statement. Every kind of search is a union of index lookups (see {@link Search}).
     */
    /**
     * The patient's status, read with a shared lock on the row that lasts until the caller's transaction ends
     * (empty when there is no such patient). A discharge changes that row, so it waits for the caller, and a
     * discharge already under way is waited for and then read.
     */
    public Optional<Patient.Status> statusHeld(long id) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT status FROM patient WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(status -> Patient.Status.valueOf(status.toString()));
    }

    public List<PatientRow> search(PatientQuery query, int page, int size) {
        if (query.kind() == PatientQuery.Kind.EVERYONE) {
            return everyone(page, size);
        }
        Search search = Search.of(query);
        Query select = getEntityManager().createNativeQuery(search.select());
        search.params().forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(PatientRepository::row).toList();
    }

    public long countMatching(PatientQuery query) {
        if (query.kind() == PatientQuery.Kind.EVERYONE) {
            return count();
        }
        Search search = Search.of(query);
        Query count = getEntityManager().createNativeQuery(search.count());
        search.params().forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** Everyone, by name: the patient list before anything is typed (in the order of ix_patient_name). */
    private List<PatientRow> everyone(int page, int size) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.patient.PatientRow(p.id, p.mrn, p.givenName, p.familyName,
                               p.dateOfBirth, p.status, p.warningFlag,
                               (select count(a) from ClinicianAlert a where a.patientId = p.id and a.acknowledgement.acknowledgedAt is null))
                        from Patient p
                        order by p.familyName, p.givenName, p.id""", PatientRow.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
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

    private static PatientRow row(Object[] r) {
        Object dob = r[4];
        LocalDate dateOfBirth = dob instanceof Date d ? d.toLocalDate() : (LocalDate) dob;
        Object flag = r[6];
        boolean warning = flag instanceof Boolean b ? b : ((Number) flag).intValue() != 0;
        return new PatientRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], dateOfBirth,
                Patient.Status.valueOf((String) r[5]), warning, ((Number) r[7]).longValue());
    }

    /**
     * The SQL of one search: each way a patient can match is its own SELECT on one index, with a rank;
     * UNION ALL gathers them, and a patient found several ways keeps its best rank. The text of the SQL
     * depends only on the kind of search (never on the values), so each shape is parsed once. Visible to
     * the tests, which EXPLAIN every shape on 10 000 patients.
     */
    record Search(List<String> branches, Map<String, Object> params) {

        static Search of(PatientQuery query) {
            List<String> branches = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            switch (query.kind()) {
                case EVERYONE -> throw new IllegalArgumentException("the whole list is read in name order, not searched");
                case MRN -> {
                    branches.add("SELECT id, 0 AS rnk FROM patient WHERE mrn = :mrn");
                    branches.add("SELECT id, 1 AS rnk FROM patient WHERE mrn LIKE :mrnPrefix");
                    params.put("mrn", query.mrn());
                    params.put("mrnPrefix", query.mrn() + "%");
                }
                case DATE_OF_BIRTH -> {
                    branches.add("SELECT id, 1 AS rnk FROM patient WHERE date_of_birth = :dob");
                    params.put("dob", query.dateOfBirth());
                }
                case PHONE -> {
                    if (query.mrn() != null) {
                        branches.add("SELECT id, 0 AS rnk FROM patient WHERE mrn = :mrn");
                        branches.add("SELECT id, 1 AS rnk FROM patient WHERE mrn LIKE :mrnPrefix");
                        params.put("mrn", query.mrn());
                        params.put("mrnPrefix", query.mrn() + "%");
                    }
                    if (query.searchesPhone()) {
                        String reversed = new StringBuilder(query.phoneDigits()).reverse().toString();
                        branches.add("SELECT id, 1 AS rnk FROM patient WHERE phone_digits_rev = :phone");
                        branches.add("SELECT id, 2 AS rnk FROM patient WHERE phone_digits_rev LIKE :phoneEnd");
                        params.put("phone", reversed);
                        params.put("phoneEnd", reversed + "%");
                    }
                    if (branches.isEmpty()) {
                        branches.add("SELECT id, 9 AS rnk FROM patient WHERE 1 = 0");
                    }
                }
                case NAME -> {
                    String name = query.name();
                    branches.add("SELECT id, 2 AS rnk FROM patient WHERE name_given_first = :name");
                    branches.add("SELECT id, 2 AS rnk FROM patient WHERE name_family_first = :name");
                    branches.add("SELECT id, 3 AS rnk FROM patient WHERE family_name = :name");
                    branches.add("SELECT id, 3 AS rnk FROM patient WHERE given_name = :name");
                    branches.add("SELECT id, 4 AS rnk FROM patient WHERE name_given_first LIKE :namePrefix");
                    branches.add("SELECT id, 4 AS rnk FROM patient WHERE name_family_first LIKE :namePrefix");
                    params.put("name", name);
                    params.put("namePrefix", like(name));
                    if (query.words().size() > 1) {
                        // the start of each name: "Han Verh", "Verh Han"
                        String first = like(query.words().get(0));
                        String rest = like(String.join(" ", query.words().subList(1, query.words().size())));
                        branches.add("SELECT id, 5 AS rnk FROM patient WHERE given_name LIKE :first AND family_name LIKE :rest");
                        branches.add("SELECT id, 5 AS rnk FROM patient WHERE family_name LIKE :first AND given_name LIKE :rest");
                        params.put("first", first);
                        params.put("rest", rest);
                    }
                }
            }
            return new Search(branches, params);
        }

        String hits() {
            return String.join(" UNION ALL ", branches);
        }

        String select() {
            return """
                    SELECT p.id, p.mrn, p.given_name, p.family_name, p.date_of_birth, p.status,
                           EXISTS (SELECT 1 FROM warning_report w
                                   WHERE w.patient_id = p.id AND w.acknowledged_at IS NULL) AS warning_flag,
                           (SELECT COUNT(a.id) FROM clinician_alert a
                            WHERE a.patient_id = p.id AND a.acknowledged_at IS NULL) AS open_alerts
                    FROM (SELECT hit.id, MIN(hit.rnk) AS rnk FROM (%s) hit GROUP BY hit.id) m
                    JOIN patient p ON p.id = m.id
                    ORDER BY m.rnk, p.family_name, p.given_name, p.id""".formatted(hits());
        }

        String count() {
            return "SELECT COUNT(DISTINCT hit.id) FROM (%s) hit".formatted(hits());
        }

        /** A LIKE pattern for text that starts with {@code prefix}, wildcards in it taken literally. */
        private static String like(String prefix) {
            return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
