package com.kneerehab.records.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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

    private static String escape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
