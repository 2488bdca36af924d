package com.kneerehab.records.account;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.Versions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Manages sign-in accounts for admins. Every change goes to the identity directory first and then to the
 * application's own table; when the second half fails the first is undone, so the two never disagree and
 * no half-created account remains.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    public static final String RECORD = "account";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A created account and its temporary password, which is shown once and never stored. */
    public record Created(AccountView account, String temporaryPassword) {
    }

    @Inject
    IdentityDirectory directory;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public boolean developmentDirectory() {
        return directory.developmentOnly();
    }

    public List<AccountView> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase();
        List<AccountView> found = accounts.search(q, 200);
        audit.success("account.list", RECORD, null, null);
        return found;
    }

    public AccountView get(long id) {
        AccountView view = QuarkusTransaction.requiringNew().call(() -> view(require(id)));
        audit.success("account.read", RECORD, id, view.patientId());
        return view;
    }

    public Created create(AccountInput input) {
        Long patientId = QuarkusTransaction.requiringNew().call(() -> checkNew(input));
        String password = temporaryPassword();
        String subject = directory.create(new IdentityDirectory.NewUser(input.username(), input.displayName().strip(),
                Text.orNull(input.email()), input.role(), password));
        try {
            AccountView view = QuarkusTransaction.requiringNew().call(() -> {
                Account account = new Account();
                account.subject = subject;
                account.username = input.username();
                account.displayName = input.displayName().strip();
                account.email = Text.orNull(input.email());
                account.role = input.role();
                account.patientId = patientId;
                account.createdAt = Instant.now(clock);
                account.updatedAt = account.createdAt;
                accounts.persist(account);
                accounts.flush();
                return view(account);
            });
            audit.success("account.create", RECORD, view.id(), patientId);
            return new Created(view, password);
        } catch (RuntimeException e) {
            LOG.warnf("Saving account %s failed; removing it from the directory again", input.username());
            undo(() -> directory.delete(subject));
            audit.record("account.create", RECORD, null, patientId, AuditLog.Outcome.FAILED);
            throw e instanceof DomainException ? e : DomainException.conflict(
                    "The account could not be saved, and nothing was kept. Try again.");
        }
    }

    public AccountView setActive(long id, boolean active, Integer version) {
        Account account = QuarkusTransaction.requiringNew().call(() -> require(id));
        Versions.check(version, account.version, "account");
        directory.setEnabled(account.subject, active);
        try {
            AccountView view = update(id, version, a -> a.active = active);
            audit.success(active ? "account.reactivate" : "account.deactivate", RECORD, id, account.patientId);
            return view;
        } catch (RuntimeException e) {
            undo(() -> directory.setEnabled(account.subject, !active));
            throw e;
        }
    }

    public AccountView changeRole(long id, String role, Integer version) {
        if (!List.of(Roles.ADMIN, Roles.CLINICIAN, Roles.PATIENT).contains(role)) {
            throw DomainException.invalid("role", "Choose admin, clinician or patient");
        }
        Account account = QuarkusTransaction.requiringNew().call(() -> require(id));
        Versions.check(version, account.version, "account");
        if (account.patientId != null && !Roles.PATIENT.equals(role)) {
            throw DomainException.invalid("role", "Unlink the patient record before giving this account a staff role");
        }
        String previous = account.role;
        directory.changeRole(account.subject, previous, role);
        try {
            AccountView view = update(id, version, a -> a.role = role);
            audit.success("account.role", RECORD, id, account.patientId);
            return view;
        } catch (RuntimeException e) {
            undo(() -> directory.changeRole(account.subject, role, previous));
            throw e;
        }
    }

    public AccountView linkPatient(long id, String mrn, Integer version) {
        Long patientId = QuarkusTransaction.requiringNew().call(() -> patientByMrn(mrn));
        AccountView view = update(id, version, a -> {
            if (!Roles.PATIENT.equals(a.role)) {
                throw DomainException.invalid("patientMrn", "Only patient accounts open a patient record");
            }
            Long taken = accounts.linkedTo(patientId).orElse(null);
            if (taken != null && taken != a.id.longValue()) {
                throw DomainException.invalid("patientMrn", "Another account already opens this record");
            }
            a.patientId = patientId;
        });
        audit.success("account.link", RECORD, id, patientId);
        return view;
    }

    public AccountView unlinkPatient(long id, Integer version) {
        Long before = QuarkusTransaction.requiringNew().call(() -> require(id).patientId);
        AccountView view = update(id, version, a -> a.patientId = null);
        audit.success("account.unlink", RECORD, id, before);
        return view;
    }

    public String resetPassword(long id) {
        Account account = QuarkusTransaction.requiringNew().call(() -> require(id));
        String password = temporaryPassword();
        directory.resetPassword(account.subject, password);
        audit.success("account.password-reset", RECORD, id, account.patientId);
        return password;
    }

    private AccountView update(long id, Integer version, java.util.function.Consumer<Account> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = require(id);
            Versions.check(version, account.version, "account");
            change.accept(account);
            account.updatedAt = Instant.now(clock);
            Versions.flush(accounts.getEntityManager(), "account");
            return view(account);
        });
    }

    private Long checkNew(AccountInput input) {
        if (accounts.usernameTaken(input.username())) {
            throw DomainException.invalid("username", "This user name is already in use");
        }
        if (Roles.PATIENT.equals(input.role())) {
            if (input.patientMrn() == null || input.patientMrn().isBlank()) {
                throw DomainException.invalid("patientMrn", "A patient account opens a patient record: enter its MRN");
            }
            Long patientId = patientByMrn(input.patientMrn());
            if (accounts.linkedTo(patientId).isPresent()) {
                throw DomainException.invalid("patientMrn", "Another account already opens this record");
            }
            return patientId;
        }
        if (input.patientMrn() != null && !input.patientMrn().isBlank()) {
            throw DomainException.invalid("patientMrn", "Only patient accounts open a patient record");
        }
        return null;
    }

    private Long patientByMrn(String mrn) {
        String normalised = mrn == null ? "" : mrn.strip().toUpperCase();
        return accounts.patientIdByMrn(normalised)
                .orElseThrow(() -> DomainException.invalid("patientMrn", "No patient has this medical record number"));
    }

    private Account require(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("The account"));
    }

    private AccountView view(Account a) {
        String mrn = a.patientId == null ? null : accounts.mrnOfPatient(a.patientId);
        return new AccountView(a.id, a.username, a.displayName, a.email, a.role, a.active, a.patientId, mrn,
                a.updatedAt, a.version);
    }

    private static void undo(Runnable compensation) {
        try {
            compensation.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not undo a sign-in directory change; an admin must check it by hand");
        }
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        // the realm's policy asks for a digit, an upper- and a lower-case letter
        return password.append("7Kq").toString();
    }

}
