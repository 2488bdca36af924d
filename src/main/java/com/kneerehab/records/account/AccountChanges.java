package com.kneerehab.records.account;

import com.kneerehab.records.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The intents of account changes that must also reach the identity directory. An intent is recorded in
 * the transaction that changes the account and writes its audit entry; it is finished once the directory
 * has done its part, or undone (the account put back, a FAILED entry written) when the directory refuses.
 * An intent left pending by a restart in between is taken up again here: a role or activation change is
 * sent to the directory again (both are idempotent), and a creation is undone, the directory's user
 * removed if it was made, since its temporary password was never shown to anyone.
 */
@ApplicationScoped
public class AccountChanges {

    private static final Logger LOG = Logger.getLogger(AccountChanges.class);

    public static final String CREATE = "create";
    public static final String ACTIVE = "active";
    public static final String ROLE = "role";
    /** How long a change may be in flight before it counts as left behind by a restart. */
    static final Duration IN_FLIGHT = Duration.ofSeconds(30);
    /** The subject of an account whose directory user is not made yet. */
    static final String PENDING_SUBJECT = "pending:";

    @Inject
    AccountRepository accounts;

    @Inject
    IdentityDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Records the intent in the current transaction; returns its id. */
    long begin(long accountId, String kind, String previous, String target) {
        return accounts.beginChange(accountId, kind, previous, target, now());
    }

    /** Marks the intent DONE or UNDONE, in the current transaction; false when it was no longer pending. */
    boolean end(long changeId, boolean done) {
        return accounts.endChange(changeId, done, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    @Scheduled(every = "1m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recoverLeftBehind() {
        recover(IN_FLIGHT);
    }

    /** Takes up the intents pending for longer than {@code olderThan}; returns how many were settled. */
    public int recover(Duration olderThan) {
        LocalDateTime before = LocalDateTime.ofInstant(Instant.now(clock).minus(olderThan), ZoneOffset.UTC);
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(() -> accounts.pendingChanges(before));
        int settled = 0;
        for (Object[] row : pending) {
            long change = ((Number) row[0]).longValue();
            String kind = (String) row[1];
            Long accountId = row[4] == null ? null : ((Number) row[4]).longValue();
            String subject = (String) row[5];
            String username = (String) row[6];
            Long patientId = row[7] == null ? null : ((Number) row[7]).longValue();
            try {
                if (CREATE.equals(kind)) {
                    if (subject != null && subject.startsWith(PENDING_SUBJECT) && username != null) {
                        directory.findByUsername(username).ifPresent(directory::delete);
                    }
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (end(change, false) && accountId != null) {
                            accounts.deleteUnfinished(accountId);
                            audit.append("system", "system", "account.create", AccountService.RECORD, accountId,
                                    patientId, AuditLog.Outcome.FAILED, null);
                        }
                    });
                } else if (accountId != null) {
                    if (ACTIVE.equals(kind)) {
                        directory.setEnabled(subject, Boolean.parseBoolean((String) row[3]));
                    } else if (ROLE.equals(kind)) {
                        directory.changeRole(subject, (String) row[2], (String) row[3]);
                    }
                    QuarkusTransaction.requiringNew().run(() -> end(change, true));
                }
                settled++;
            } catch (RuntimeException e) {
                LOG.warnf("Account change %d (%s) is still pending: %s; retrying later", change, kind, e.getMessage());
            }
        }
        return settled;
    }
}
