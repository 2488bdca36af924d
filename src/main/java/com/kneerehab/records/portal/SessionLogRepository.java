package com.kneerehab.records.portal;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The session-log queries. */
@ApplicationScoped
public class SessionLogRepository implements PanacheRepository<SessionLog> {

    /** The patient's latest sessions, newest first. */
    public List<SessionLog> latestFor(long patientId, int limit) {
        return find("patientId = ?1 order by sessionDate desc, id desc", patientId).page(0, limit).list();
    }

    /** The session a form with this submission id already logged, if any. */
    public Optional<SessionLog> bySubmission(long patientId, String submissionId) {
        return find("patientId = ?1 and submissionId = ?2", patientId, submissionId).firstResultOptional();
    }

    /** Pain before and after each session logged on or after {@code from}, oldest first, in one statement. */
    public List<Progress.PainPoint> painSince(long patientId, LocalDate from) {
        return getEntityManager().createQuery("""
                        select s.sessionDate, s.painBefore, s.painAfter from SessionLog s
                        where s.patientId = :patient and s.sessionDate >= :from
                        order by s.sessionDate, s.id""", Progress.PainPoint.class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .getResultList();
    }
}
