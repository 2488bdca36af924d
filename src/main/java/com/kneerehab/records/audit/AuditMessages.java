package com.kneerehab.records.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the audit trail page and of the chain check (English only). Templates: {audit:key}. */
@MessageBundle("audit")
public interface AuditMessages {

    @Message("Audit trail")
    String title();

    @Message("Every read and change of patient data, account change and refused attempt, newest first. Entries cannot be changed; each is sealed and chained to the one before.")
    String intro();

    @Message("The audit trail is intact: {checked} entries checked.")
    String intact(long checked);

    @Message("The audit trail has been tampered with.")
    String tampered();

    @Message("First entry that does not hold: {id}.")
    String firstBadEntry(Long id);

    @Message("Verify the whole trail")
    String verify();

    @Message("Patient id")
    String patientId();

    @Message("User")
    String user();

    @Message("Action starts with")
    String actionStartsWith();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Filter")
    String filter();

    @Message("Clear")
    String clear();

    @Message("When (UTC)")
    String when();

    @Message("Role")
    String role();

    @Message("Action")
    String action();

    @Message("Record")
    String record();

    @Message("Patient")
    String patient();

    @Message("Outcome")
    String outcome();

    @Message("No entries match.")
    String noMatch();

    @Message("Older entries")
    String older();

    // ------------------------------------------------------------------ what the chain check found
    @Message("Entry {id} does not start the chain: entries before it were deleted or it was inserted.")
    String notChainStart(long id);

    @Message("Entry {id} does not follow entry {previous}: an entry between them was deleted, or one of them was inserted.")
    String notFollowing(long id, long previous);

    @Message("Entry {id} does not match its seal: it was altered, or inserted without the key.")
    String sealMismatch(long id);

    @Message("The newest entries after entry {last} are missing: the chain head records entry {head}.")
    String newestMissing(long last, long head);

    // ------------------------------------------------------------------ sealing and checkpoints

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
