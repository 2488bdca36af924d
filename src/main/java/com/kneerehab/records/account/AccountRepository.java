package com.kneerehab.records.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The account queries. Accounts name a patient record by id only (the account feature sits beside the
 * patient feature, not above it), so the two lookups of a patient's MRN are plain queries here.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Up to {@code limit} accounts whose user name starts with, or display name contains, the lower-case query. */
    public List<AccountView> search(String lowerCaseQuery, int limit) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.account.AccountView(a.id, a.username, a.displayName, a.email,
                               a.role, a.active, a.patientId, p.mrn, a.updatedAt, a.version)
                        from Account a left join Patient p on p.id = a.patientId
                        where :q = '' or lower(a.username) like :prefix or lower(a.displayName) like :contains
                        order by a.username""", AccountView.class)
                .setParameter("q", lowerCaseQuery)
                .setParameter("prefix", escape(lowerCaseQuery) + "%")
                .setParameter("contains", "%" + escape(lowerCaseQuery) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The active accounts that hold a role, by display name. */
    public List<AccountView> activeWithRole(String role, int limit) {
        return getEntityManager().createQuery("""
                        select new com.kneerehab.records.account.AccountView(a.id, a.username, a.displayName, a.email,
                               a.role, a.active, a.patientId, cast(null as String), a.updatedAt, a.version)
                        from Account a where a.role = :role and a.active = true
                        order by a.displayName, a.username""", AccountView.class)
                .setParameter("role", role)
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean usernameTaken(String username) {
        return count("username", username) > 0;
    }

    /** The account that opens this patient record, if any. */
    public Optional<Long> linkedTo(long patientId) {
        return getEntityManager().createQuery("select a.id from Account a where a.patientId = :p", Long.class)
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    public Optional<Long> patientIdByMrn(String mrn) {
        return getEntityManager().createQuery("select p.id from Patient p where p.mrn = :mrn", Long.class)
                .setParameter("mrn", mrn).getResultStream().findFirst();
    }

    public String mrnOfPatient(long patientId) {
        return getEntityManager().createQuery("select p.mrn from Patient p where p.id = :id", String.class)
                .setParameter("id", patientId).getSingleResult();
    }

    /** Fills in the directory's id of a newly created account; not an edit, so the version stays. */
    public void fillInSubject(long id, String subject) {
        update("subject = ?1 where id = ?2", subject, id);
    }

    /** Records the intent of an account change, PENDING, in the current transaction; returns its id. */
    public long beginChange(long accountId, String kind, String previous, String target, LocalDateTime at) {
        getEntityManager().createNativeQuery("INSERT INTO account_change (account_id, kind, previous, target, state,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5)")
                .setParameter(1, accountId).setParameter(2, kind).setParameter(3, previous).setParameter(4, target)
                .setParameter(5, at).executeUpdate();
        return ((Number) getEntityManager().createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** Marks a pending intent DONE or UNDONE; false when it was no longer pending. */
    public boolean endChange(long changeId, boolean done, LocalDateTime at) {
        return getEntityManager().createNativeQuery("UPDATE account_change SET state = ?1, finished_at = ?2"
                        + " WHERE id = ?3 AND state = 'PENDING'")
                .setParameter(1, done ? "DONE" : "UNDONE").setParameter(2, at).setParameter(3, changeId)
                .executeUpdate() == 1;
    }

    /**
     * Intents pending since before {@code before}, oldest first: change id, kind, previous, target, and the
     * account's id, subject, user name and patient id (null when the account is gone).
     */
    public List<Object[]> pendingChanges(LocalDateTime before) {
        return getEntityManager().createNativeQuery("SELECT c.id, c.kind, c.previous, c.target, a.id, a.subject,"
                        + " a.username, a.patient_id FROM account_change c LEFT JOIN account a ON a.id = c.account_id"
                        + " WHERE c.state = 'PENDING' AND c.created_at <= ?1 ORDER BY c.id", Object[].class)
                .setParameter(1, before).getResultList();
    }

    /** Removes an account whose creation never finished (it has no directory user of its own). */
    public void deleteUnfinished(long id) {
        delete("id = ?1 and subject like 'pending:%'", id);
    }

    private static String escape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
