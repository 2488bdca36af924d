package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail for admins, newest first, one page at a time (keyset on the entry id). */
@ApplicationScoped
public class AuditSearch {

    public static final int PAGE = 50;

    public record Filter(Long patientId, String subject, String action, LocalDate from, LocalDate to, Long before) {
        public boolean isEmpty() {
            return patientId == null && subject == null && action == null && from == null && to == null;
        }
    }

    public record Page(List<AuditEntry> entries, Long nextBefore) {
    }

    @Inject
    EntityManager em;

    public Page search(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.patientId() != null) {
            where.add("e.patientId = :patient");
            params.put("patient", filter.patientId());
        }
        if (filter.subject() != null) {
            where.add("e.subject = :subject");
            params.put("subject", filter.subject());
        }
        if (filter.action() != null) {
            where.add("e.action like :action");
            params.put("action", filter.action().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.before() != null) {
            where.add("e.id < :before");
            params.put("before", filter.before());
        }
        String jpql = "from AuditEntry e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.id desc";
        TypedQuery<AuditEntry> query = em.createQuery(jpql, AuditEntry.class).setMaxResults(PAGE + 1);
        params.forEach(query::setParameter);
        List<AuditEntry> found = query.getResultList();
        Long next = null;
        if (found.size() > PAGE) {
            found = found.subList(0, PAGE);
            next = found.get(PAGE - 1).id;
        }
        return new Page(found, next);
    }
}
