package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Walks the whole audit trail and checks every link of the hash chain. An altered entry no longer
 * matches its own seal; an inserted one cannot carry a valid seal without the key; a deleted one breaks
 * the link of the entry after it, or (for the newest entries) disagrees with the chain head.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int CHUNK = 5_000;

    /** The outcome of a verification: intact, or the first entry that does not hold. */
    public record Result(boolean intact, long checked, Long firstBadId, String problem) {
        static Result ok(long checked) {
            return new Result(true, checked, null, null);
        }

        static Result broken(long checked, Long id, String problem) {
            return new Result(false, checked, id, problem);
        }
    }

    @Inject
    AuditRepository entries;

    @Inject
    AuditChain chain;

    @Transactional
    public Result verify() {
        String expectedPrevious = AuditChain.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<AuditEntry> chunk = entries.chainAfter(lastId, CHUNK);
            for (AuditEntry entry : chunk) {
                checked++;
                if (!entry.previousHash.equals(expectedPrevious)) {
                    return Result.broken(checked, entry.id, lastId == 0
                            ? "Entry " + entry.id + " does not start the chain: entries before it were deleted or it was inserted."
                            : "Entry " + entry.id + " does not follow entry " + lastId
                            + ": an entry between them was deleted, or one of them was inserted.");
                }
                if (!chain.hash(entry).equals(entry.hash)) {
                    return Result.broken(checked, entry.id, "Entry " + entry.id
                            + " does not match its seal: it was altered, or inserted without the key.");
                }
                expectedPrevious = entry.hash;
                lastId = entry.id;
            }
            entries.getEntityManager().clear();
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        AuditRepository.ChainHead head = entries.chainHead();
        long headId = head.lastId();
        if (headId != lastId || !expectedPrevious.equals(head.lastHash())) {
            return Result.broken(checked, headId, "The newest entries after entry " + lastId
                    + " are missing: the chain head records entry " + headId + ".");
        }
        return Result.ok(checked);
    }
}
