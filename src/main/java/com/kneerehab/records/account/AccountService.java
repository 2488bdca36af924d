package com.kneerehab.records.account;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
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
import java.util.UUID;

/**
 * Manages sign-in accounts for admins. A change that the identity directory must follow is made in the
 * application's table together with its intent and its audit entry, in one transaction; then the
 * directory is called, and the intent finished, or undone with the account put back and a FAILED entry
 * when the directory refuses. {@link AccountChanges} settles intents a restart left pending, so the
 * application, the directory and the audit trail never stay apart.
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

    @Inject
    AccountChanges changes;

    public boolean developmentDirectory() {
        return directory.developmentOnly();
    }

    public List<AccountView> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase();
        List<AccountView> found = accounts.search(q, 200);
        audit.success("account.list", RECORD, null, null);
        return found;
    }

    /** The active clinicians, for choosing one to hand work to; staff names only, no audit line of its own. */
    public List<AccountView> activeClinicians() {
        return accounts.activeWithRole(com.kneerehab.records.platform.Roles.CLINICIAN, 500);
    }

    public AccountView get(long id) {
        AccountView view = QuarkusTransaction.requiringNew().call(() -> view(require(id)));
        audit.success("account.read", RECORD, id, view.patientId());
        return view;
    }

    /**
     * Creates the account: first, in one transaction, the account (without its directory user yet), the
     * intent and its audit entry; then the directory user; then the account is finished with its subject.
     * If the directory refuses or the last step fails, the creation is undone (account removed, directory
     * user removed, a FAILED entry written); a restart in between is settled by {@link AccountChanges}.
     */
    public Created create(AccountInput input) {
        Long patientId = QuarkusTransaction.requiringNew().call(() -> checkNew(input));
        String password = temporaryPassword();
        long[] started;
        try {
            started = QuarkusTransaction.requiringNew().call(() -> startCreate(input, patientId));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Saving account %s failed before the directory was called", input.username());
            audit.failed("account.create", RECORD, null, patientId);
            throw e instanceof DomainException ? e : DomainException.conflict(text().notSaved());
        }
        long id = started[0];
        String subject;
        try {
            subject = directory.create(new IdentityDirectory.NewUser(input.username(), input.displayName().strip(),
                    Text.orNull(input.email()), input.role(), password));
        } catch (RuntimeException e) {
            undoCreate(id, started[1], patientId, null);
            throw e;
        }
        try {
            AccountView view = QuarkusTransaction.requiringNew().call(() -> {
                // filling in the subject finishes the creation: it is not an edit, so the version stays 0
                accounts.fillInSubject(id, subject);
                changes.end(started[1], true);
                return view(require(id));
            });
            return new Created(view, password);
        } catch (RuntimeException e) {
            LOG.warnf("Saving account %s failed; removing it from the directory again", input.username());
            undoCreate(id, started[1], patientId, subject);
            throw e instanceof DomainException ? e : DomainException.conflict(text().notSaved());
        }
    }

    /** The account without its directory user yet, the intent and the audit entry, in the caller's transaction. */
    private long[] startCreate(AccountInput input, Long patientId) {
        Account account = new Account();
        account.subject = AccountChanges.PENDING_SUBJECT + UUID.randomUUID();
        account.username = input.username();
        account.displayName = input.displayName().strip();
        account.email = Text.orNull(input.email());
        account.role = input.role();
        account.patientId = patientId;
        account.createdAt = Instant.now(clock);
        account.updatedAt = account.createdAt;
        accounts.persist(account);
        accounts.flush();
        long change = changes.begin(account.id, AccountChanges.CREATE, null, input.role());
        audit.success("account.create", RECORD, account.id, patientId);
        return new long[] {account.id, change};
    }

    private void undoCreate(long id, long change, Long patientId, String subject) {
        if (subject != null) {
            undo(() -> directory.delete(subject));
        }
        undo(() -> QuarkusTransaction.requiringNew().run(() -> {
            changes.end(change, false);
            accounts.deleteById(id);
            audit.failed("account.create", RECORD, id, patientId);
        }));
    }

    /**
     * Changes the account and records the intent and its audit entry in one transaction, then has the
     * directory follow; if the directory refuses, the account is put back and a FAILED entry written.
     */
    private AccountView throughDirectory(long id, Integer version, String action, String kind,
                                         java.util.function.Function<Account, String[]> change,
                                         java.util.function.Consumer<Account> directoryPart,
                                         java.util.function.Consumer<Account> putBack) {
        Object[] started = QuarkusTransaction.requiringNew().call(() -> {
            Account account = require(id);
            Versions.check(version, account.version, text().thisRecord());
            String[] fromTo = change.apply(account);
            account.updatedAt = Instant.now(clock);
            Versions.flush(accounts.getEntityManager(), text().thisRecord());
            long changeId = changes.begin(id, kind, fromTo[0], fromTo[1]);
            audit.success(action, RECORD, id, account.patientId);
            return new Object[] {view(account), changeId, account};
        });
        Account account = (Account) started[2];
        long changeId = (Long) started[1];
        try {
            directoryPart.accept(account);
        } catch (RuntimeException e) {
            undo(() -> QuarkusTransaction.requiringNew().run(() -> {
                Account current = require(id);
                putBack.accept(current);
                current.updatedAt = Instant.now(clock);
                changes.end(changeId, false);
                audit.failed(action, RECORD, id, current.patientId);
            }));
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> changes.end(changeId, true));
        return (AccountView) started[0];
    }

    public AccountView setActive(long id, boolean active, Integer version) {
        return throughDirectory(id, version, active ? "account.reactivate" : "account.deactivate", AccountChanges.ACTIVE,
                a -> {
                    String[] fromTo = {String.valueOf(a.active), String.valueOf(active)};
                    a.active = active;
                    return fromTo;
                },
                a -> directory.setEnabled(a.subject, active),
                a -> a.active = !active);
    }

    public AccountView changeRole(long id, String role, Integer version) {
        if (!List.of(Roles.ADMIN, Roles.CLINICIAN, Roles.PATIENT).contains(role)) {
            throw DomainException.invalid("role", text().chooseRole());
        }
        String[] previous = new String[1];
        return throughDirectory(id, version, "account.role", AccountChanges.ROLE,
                a -> {
                    if (a.patientId != null && !Roles.PATIENT.equals(role)) {
                        throw DomainException.invalid("role",
                                text().unlinkBeforeStaffRole());
                    }
                    previous[0] = a.role;
                    a.role = role;
                    return new String[] {previous[0], role};
                },
                a -> directory.changeRole(a.subject, previous[0], role),
                a -> a.role = previous[0]);
    }

    /** Linking touches only the application: the change and its entry commit together. */
    public AccountView linkPatient(long id, String mrn, Integer version) {
        Long patientId = QuarkusTransaction.requiringNew().call(() -> patientByMrn(mrn));
        return update(id, version, a -> {
            if (!Roles.PATIENT.equals(a.role)) {
                throw DomainException.invalid("patientMrn", text().onlyPatientsOpenRecords());
            }
            Long taken = accounts.linkedTo(patientId).orElse(null);
            if (taken != null && taken != a.id.longValue()) {
                throw DomainException.invalid("patientMrn", text().recordTaken());
            }
            a.patientId = patientId;
        }, a -> audit.success("account.link", RECORD, id, patientId));
    }

    public AccountView unlinkPatient(long id, Integer version) {
        Long[] before = new Long[1];
        return update(id, version, a -> {
            before[0] = a.patientId;
            a.patientId = null;
        }, a -> audit.success("account.unlink", RECORD, id, before[0]));
    }

    public String resetPassword(long id) {
        Account account = QuarkusTransaction.requiringNew().call(() -> require(id));
        String password = temporaryPassword();
        directory.resetPassword(account.subject, password);
        audit.success("account.password-reset", RECORD, id, account.patientId);
        return password;
    }

    private AccountView update(long id, Integer version, java.util.function.Consumer<Account> change,
                               java.util.function.Consumer<Account> record) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = require(id);
            Versions.check(version, account.version, text().thisRecord());
            change.accept(account);
            account.updatedAt = Instant.now(clock);
            Versions.flush(accounts.getEntityManager(), text().thisRecord());
            record.accept(account);
            return view(account);
        });
    }

    private Long checkNew(AccountInput input) {
        if (accounts.usernameTaken(input.username())) {
            throw DomainException.invalid("username", text().usernameTaken());
        }
        if (Roles.PATIENT.equals(input.role())) {
            if (input.patientMrn() == null || input.patientMrn().isBlank()) {
                throw DomainException.invalid("patientMrn", text().patientNeedsMrn());
            }
            Long patientId = patientByMrn(input.patientMrn());
            if (accounts.linkedTo(patientId).isPresent()) {
                throw DomainException.invalid("patientMrn", text().recordTaken());
            }
            return patientId;
        }
        if (input.patientMrn() != null && !input.patientMrn().isBlank()) {
            throw DomainException.invalid("patientMrn", text().onlyPatientsOpenRecords());
        }
        return null;
    }

    private Long patientByMrn(String mrn) {
        String normalised = mrn == null ? "" : mrn.strip().toUpperCase();
        return accounts.patientIdByMrn(normalised)
                .orElseThrow(() -> DomainException.invalid("patientMrn", text().noSuchMrn()));
    }

    private Account require(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> DomainException.notFound(text().theAccount()));
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

    private static AccountMessages text() {
        return Messages.get(AccountMessages.class);
    }
}
