package com.kneerehab.records.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    /** The evaluation with its patient, in one statement. */
    public Optional<Evaluation> findWithPatient(long id) {
        return find("from Evaluation e join fetch e.patient where e.id = ?1", id).firstResultOptional();
    }

    /**
     * A patient's evaluations, newest visit first, as list rows: never discarded drafts, and those entered in
     * error only when asked for.
     */
    public List<EvaluationSummary> summariesFor(long patientId, int limit, boolean withEnteredInError) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.evaluation.EvaluationSummary(e.id, e.visitDate, e.status,
                               e.clinicianName, e.primarySource, e.diagnosis, e.signedAt,
                               e.ribcage.complete, e.hip.complete, e.footAnkle.complete, e.kneeAxis.complete,
                               e.enteredInErrorAt)
                        from Evaluation e where e.patient.id = :patient and e.discardedAt is null
                          and (:withError = true or e.enteredInErrorAt is null)
                        order by e.visitDate desc, e.id desc""", EvaluationSummary.class)
                .setParameter("patient", patientId)
                .setParameter("withError", withEnteredInError)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Drafts started before {@code before}, oldest first (index ix_evaluation_draft). */
    public List<DraftAge> draftsStartedBefore(Instant before, int limit) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.evaluation.DraftAge(e.id, e.patient.id, e.visitDate,
                               e.clinicianName, e.createdAt)
                        from Evaluation e where e.status = 'DRAFT' and e.createdAt < :before
                        order by e.createdAt, e.id""", DraftAge.class)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Drafts started before the instant, counted up to {@code upTo} (ix_evaluation_draft). */
    public long countDraftsStartedBefore(Instant before, int upTo) {
        return getEntityManager().createQuery("select e.id from Evaluation e where e.status = 'DRAFT' and e.createdAt < :before",
                Long.class).setParameter("before", before).setMaxResults(upTo).getResultList().size();
    }

    public List<Handover> handoversFor(long evaluationId) {
        return getEntityManager().createQuery(
                        "from Handover h where h.evaluationId = :id order by h.handedAt, h.id", Handover.class)
                .setParameter("id", evaluationId)
                .getResultList();
    }

    public List<Addendum> addendaFor(long evaluationId) {
        return getEntityManager().createQuery(
                        "from Addendum a where a.evaluationId = :id order by a.createdAt, a.id", Addendum.class)
                .setParameter("id", evaluationId)
                .getResultList();
    }
}
