package com.kneerehab.records.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import com.kneerehab.records.platform.ClinicTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries that read the audit trail for people. Entries are written by {@link AuditLog} over plain
 * JDBC in the transaction of the work they record; the chain is written by {@link AuditSealer} and
 * checked by {@link AuditVerifier}, both over plain JDBC too.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** The filter's dates are the clinic's days, as the trail's times are shown in its zone. */
    @Inject
    ClinicTime clinic;

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
            params.put("from", clinic.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", clinic.startOf(filter.to().plusDays(1)));
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
}
