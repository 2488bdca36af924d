package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

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
    AuditRepository entries;

    public Page search(Filter filter) {
        List<AuditEntry> found = entries.search(filter, PAGE + 1);
        Long next = null;
        if (found.size() > PAGE) {
            found = found.subList(0, PAGE);
            next = found.get(PAGE - 1).id;
        }
        return new Page(found, next);
    }
}
