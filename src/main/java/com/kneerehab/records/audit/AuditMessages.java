package com.kneerehab.records.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the audit feature's pages; templates use it as {@code {audit:key}}. */
@MessageBundle("audit")
public interface AuditMessages {

    @Message("Sealing has stalled.")
    String sealingStalled();

    @Message("{unsealed} entries are waiting to be sealed; the oldest for {seconds} seconds.")
    String sealingWaiting(long unsealed, long seconds);

    @Message("Waiting to be sealed: {unsealed} entries.")
    String backlog(long unsealed);

    @Message("Waiting to be sealed: {unsealed} entries, the oldest for {seconds} seconds.")
    String backlogAged(long unsealed, long seconds);

    @Message("Checkpoint taken at {takenAt}: {count} entries, ending with entry {lastEntryId}. It is written to the"
            + " log; keep it to check later that the trail still reaches it.")
    String checkpointTaken(String takenAt, long count, long lastEntryId);

    @Message("Take a checkpoint now")
    String takeCheckpoint();
}
