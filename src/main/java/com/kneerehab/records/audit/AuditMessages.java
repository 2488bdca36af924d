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

    // ------------------------------------------------------------------ what the chain check found
    // (AuditVerifier, LegacyTrail): the first entry that does not hold, and why

    @Message("The checkpoint of {takenAt} does not carry a valid signature of a known key: it is not genuine.")
    String checkpointNotGenuine(String takenAt);

    @Message("Entry {entryId} does not follow entry {previous}: {deleted} sealed {#if deleted == 1}entry{#else}entries{/if} between them {#if deleted == 1}was{#else}were{/if} deleted.")
    String sealsDeleted(long entryId, long previous, long deleted);

    @Message("Entry {entryId} does not follow entry {previous}: an entry between them was deleted, or one of them was inserted.")
    String notFollowing(long entryId, long previous);

    @Message("The seal of entry {entryId} names key {keyId}, which this installation does not have.")
    String sealKeyUnknown(long entryId, String keyId);

    @Message("Entry {entryId} was deleted: its seal is still in the chain.")
    String entryDeleted(long entryId);

    @Message("The seal of entry {entryId} was not made with the key: the entry was inserted, or its seal altered.")
    String sealForged(long entryId);

    @Message("Entry {entryId} names key {keyId}, which this installation does not have.")
    String entryKeyUnknown(long entryId, String keyId);

    @Message("Entry {entryId} names key {keyId} but was made with key {madeWith}.")
    String entryWrongKey(long entryId, String keyId, String madeWith);

    @Message("Entry {entryId} does not match its seal: it was altered, or inserted without the key.")
    String entryAltered(long entryId);

    @Message("The trail no longer reaches the checkpoint of {takenAt}: its entry {position} was entry {wasEntry}, now it is entry {nowEntry}. Entries were removed and the chain rebuilt.")
    String checkpointRebuilt(String takenAt, long position, long wasEntry, long nowEntry);

    @Message("The chain head ({count} entries, ending with entry {lastEntry}) does not match its seal: it was moved or altered without the key, typically to hide that the newest entries were removed.")
    String headAltered(long count, long lastEntry);

    @Message("The chain holds {sealed} sealed entries but its head records {headCount}: the entries after entry {headLast} were added without moving the head.")
    String entriesAfterHead(long sealed, long headCount, long headLast);

    @Message("The newest entries after entry {lastEntry} are missing: the chain head records {headCount} entries ending with entry {headLast}, the chain holds {sealed}.")
    String newestMissing(long lastEntry, long headCount, long headLast, long sealed);

    @Message("The trail no longer reaches the checkpoint of {takenAt}: it recorded {count} entries ending with entry {lastEntry}, the trail now ends after {headCount}. The newest entries were removed and the head moved back.")
    String checkpointNotReached(String takenAt, long count, long lastEntry, long headCount);

    @Message("Archived entry {entryId} does not follow entry {previous}: an entry between them was deleted or inserted.")
    String archivedNotFollowing(long entryId, long previous);

    @Message("Archived entry {entryId} does not match its seal: it was altered, or inserted without the key.")
    String archivedAltered(long entryId);

    @Message("The newest archived entries after entry {lastEntry} are missing.")
    String archivedNewestMissing(long lastEntry);
}
