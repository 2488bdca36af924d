package com.kneerehab.records.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every query of the outcome measures: assigned measures, their responses and answers. */
@ApplicationScoped
public class MeasureRepository implements PanacheRepository<AssignedMeasure> {

    /** An assigned measure with its patient, in one statement. */
    public Optional<AssignedMeasure> findWithPatient(long id) {
        return find("from AssignedMeasure a join fetch a.patient where a.id = ?1", id).singleResultOptional();
    }

    /** Every response to one assigned measure (draft, current and superseded), with their answers, oldest first. */
    public List<MeasureResponse> responses(long assignmentId) {
        return getEntityManager().createQuery("""
                        select r from MeasureResponse r left join fetch r.answers
                        where r.assignment.id = :assignment order by r.id""", MeasureResponse.class)
                .setParameter("assignment", assignmentId)
                .getResultList();
    }

    /** The draft of an assigned measure, with its answers, if one has been started. */
    public Optional<MeasureResponse> draft(long assignmentId) {
        return getEntityManager().createQuery("""
                        select r from MeasureResponse r left join fetch r.answers
                        where r.assignment.id = :assignment and r.status = 'DRAFT'""", MeasureResponse.class)
                .setParameter("assignment", assignmentId)
                .getResultStream().findFirst();
    }

    /** The current submitted response of an assigned measure, with its answers, if there is one. */
    public Optional<MeasureResponse> current(long assignmentId) {
        return getEntityManager().createQuery("""
                        select r from MeasureResponse r left join fetch r.answers
                        where r.assignment.id = :assignment and r.status = 'SUBMITTED'""", MeasureResponse.class)
                .setParameter("assignment", assignmentId)
                .getResultStream().findFirst();
    }

    public int nextResponseNumber(long assignmentId) {
        Integer max = getEntityManager().createQuery(
                        "select max(r.number) from MeasureResponse r where r.assignment.id = :assignment", Integer.class)
                .setParameter("assignment", assignmentId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * A patient's assigned measures with the score of each one's current response and whether answers are in
     * progress, newest first, in one statement.
     */
    public List<MeasureRow> rows(long patientId) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.outcome.MeasureRow(a.id, a.patient.id, a.instrument,
                               a.occasion, a.dueDate, a.status, a.assignedByName, a.assignedAt, a.completedAt,
                               r.score, r.number, r.answeredBy, r.submittedAt, d.updatedAt)
                        from AssignedMeasure a
                        left join MeasureResponse r on r.assignment = a and r.status = 'SUBMITTED'
                        left join MeasureResponse d on d.assignment = a and d.status = 'DRAFT'
                        where a.patient.id = :patient
                        order by a.assignedAt desc, a.id desc""", MeasureRow.class)
                .setParameter("patient", patientId)
                .getResultList();
    }

    /**
     * The activities the patient named in their baseline PSFS (the first taken on a baseline occasion, else the
     * first taken), other than in {@code exceptAssignmentId}, in the order they were listed; empty if none.
     */
    public List<String> baselineActivities(long patientId, long exceptAssignmentId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.id, a.itemKey, a.text from MeasureResponse r join r.answers a
                        where r.patientId = :patient and r.status = 'SUBMITTED' and r.assignment.id <> :except
                          and r.assignment.instrument = :psfs and a.text is not null
                        order by case when r.assignment.occasion = :baseline then 0 else 1 end,
                                 r.assignment.completedAt, r.id, a.itemKey""", Object[].class)
                .setParameter("patient", patientId)
                .setParameter("except", exceptAssignmentId)
                .setParameter("psfs", Instrument.PSFS)
                .setParameter("baseline", Occasion.BASELINE)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object first = rows.get(0)[0];
        return rows.stream().filter(row -> row[0].equals(first)).map(row -> (String) row[2]).toList();
    }

    public void persistResponse(MeasureResponse response) {
        getEntityManager().persist(response);
    }

    /**
     * Patients who have a measure to take on {@code today}, oldest first, at most {@code limit} rows, in one
     * statement whatever the size of the clinic: evaluated but never given a baseline measure (since the first
     * visit), a measure assigned, due and not submitted (since its due date), or a current plan whose review
     * date has come with no review measure assigned since the plan began (since the review date). Discharged
     * patients are left out. The evaluation and plan tables are read by name only: no class of a feature on
     * this level or above is used.
     */
    public List<DueMeasure> due(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT p.id, p.mrn, p.given_name, p.family_name, 'BASELINE_MISSING' AS reason,
                               ev.visit_date AS since, NULL AS measure_id, NULL AS instrument, NULL AS occasion
                        FROM patient p
                        JOIN (SELECT patient_id, MIN(visit_date) AS visit_date FROM evaluation GROUP BY patient_id) ev
                          ON ev.patient_id = p.id
                        WHERE p.status = 'ACTIVE'
                          AND NOT EXISTS (SELECT 1 FROM outcome_assignment b
                                          WHERE b.patient_id = p.id AND b.occasion = 'BASELINE')
                        UNION ALL
                        SELECT p.id, p.mrn, p.given_name, p.family_name, 'NOT_ANSWERED', a.due_date, a.id,
                               a.instrument, a.occasion
                        FROM outcome_assignment a JOIN patient p ON p.id = a.patient_id
                        WHERE a.status = 'OPEN' AND a.due_date <= :today AND p.status = 'ACTIVE'
                        UNION ALL
                        SELECT p.id, p.mrn, p.given_name, p.family_name, 'REVIEW_DUE', t.review_date, NULL, NULL, NULL
                        FROM treatment_plan t JOIN patient p ON p.id = t.patient_id
                        WHERE t.status = 'CURRENT' AND t.review_date <= :today AND p.status = 'ACTIVE'
                          AND NOT EXISTS (SELECT 1 FROM outcome_assignment r
                                          WHERE r.patient_id = p.id AND r.occasion = 'REVIEW'
                                            AND r.assigned_at >= t.created_at)
                        ORDER BY since, id, reason, measure_id""")
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new DueMeasure(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], DueMeasure.Reason.valueOf((String) r[4]), date(r[5]),
                r[6] == null ? null : ((Number) r[6]).longValue(),
                r[7] == null ? null : Instrument.valueOf((String) r[7]),
                r[8] == null ? null : Occasion.valueOf((String) r[8]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public boolean hasOpen(long patientId, Instrument instrument) {
        return count("patient.id = ?1 and instrument = ?2 and status = ?3", patientId, instrument,
                AssignedMeasure.Status.OPEN) > 0;
    }
}
