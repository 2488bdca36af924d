package com.kneerehab.records.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<TreatmentPlan> {

    private static final String WITH_ITEMS = """
            select p from TreatmentPlan p
            join fetch p.patient
            left join fetch p.items i
            left join fetch i.exercise
            """;

    /**
     * A plan with its patient, prescribed exercises and their library entries, in one statement. No
     * "distinct": Hibernate returns each plan once by itself, and a DISTINCT over the wide rows would
     * make MariaDB de-duplicate them in a temporary table.
     */
    public Optional<TreatmentPlan> findWithItems(long id) {
        // a single result, not firstResult: a row limit with a fetched collection makes Hibernate page in memory
        return find(WITH_ITEMS + " where p.id = ?1", id).singleResultOptional();
    }

    public Optional<TreatmentPlan> currentWithItems(long patientId) {
        // at most one current plan per patient (a unique constraint), so at most one result
        return find(WITH_ITEMS + " where p.patient.id = ?1 and p.status = 'CURRENT'", patientId).singleResultOptional();
    }

    public List<PlanSummary> history(long patientId) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.plan.PlanSummary(p.id, p.planNumber, p.status, p.startDate,
                               p.reviewDate, p.prescribedByName, p.createdAt, p.supersededAt, p.endedAt, size(p.items))
                        from TreatmentPlan p where p.patient.id = :patient
                        order by p.planNumber desc""", PlanSummary.class)
                .setParameter("patient", patientId)
                .getResultList();
    }

    /** Current plans whose review date is before {@code today}, most overdue first (index ix_plan_review). */
    public List<ReviewDue> reviewsPassed(LocalDate today, int limit) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.plan.ReviewDue(p.id, p.patient.id, p.planNumber, p.reviewDate)
                        from TreatmentPlan p where p.status = 'CURRENT' and p.reviewDate < :today
                        order by p.reviewDate, p.id""", ReviewDue.class)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Current plans past their review date, counted up to {@code upTo} (ix_plan_review). */
    public long countReviewsPassed(LocalDate today, int upTo) {
        return getEntityManager().createQuery("select p.id from TreatmentPlan p where p.status = 'CURRENT' and p.reviewDate < :today",
                Long.class).setParameter("today", today).setMaxResults(upTo).getResultList().size();
    }

    public int nextPlanNumber(long patientId) {
        Integer max = getEntityManager().createQuery(
                        "select max(p.planNumber) from TreatmentPlan p where p.patient.id = :patient", Integer.class)
                .setParameter("patient", patientId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
