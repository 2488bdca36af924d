package com.kneerehab.records.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries that read the audit trail. Entries are written by {@link AuditLog} alone, in its own
 * transaction over plain JDBC, so that a line survives the rollback of the work it records.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** Up to {@code limit} entries matching the filter, newest first. */
    public List<AuditEntry> search(AuditSearch.Filter filter, int limit) {
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
        TypedQuery<AuditEntry> query = getEntityManager().createQuery(jpql, AuditEntry.class).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The next {@code limit} entries after {@code afterId} in chain order, read-only. */
    public List<AuditEntry> chainAfter(long afterId, int limit) {
        return getEntityManager().createQuery("from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    /** The id and seal of the newest entry, as the chain head records them. */
    public ChainHead chainHead() {
        Object[] head = (Object[]) getEntityManager()
                .createNativeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        return new ChainHead(((Number) head[0]).longValue(), (String) head[1]);
    }

    public record ChainHead(long lastId, String lastHash) {
    }
}
