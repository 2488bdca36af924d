package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The keyed hashes (HMAC-SHA-256) of the audit trail: an entry's own MAC over its content, the seal that
 * links it into the chain, the chain head and the checkpoints. Keyed, so that someone with write access
 * to the database alone cannot forge any of them. Every value names the key it was made with, so the
 * key can be rotated: new values use the current key, and retired keys still verify older ones.
 */
@ApplicationScoped
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private final String currentKeyId;
    /** One keyed MAC per key and thread: looking the algorithm up and keying it cost more than the hash. */
    private final Map<String, ThreadLocal<Mac>> macs = new HashMap<>();

    public AuditChain(@ConfigProperty(name = "knee-rehab.audit.hmac-key") String key,
                      @ConfigProperty(name = "knee-rehab.audit.key-id", defaultValue = "k1") String keyId,
                      @ConfigProperty(name = "knee-rehab.audit.retired-keys") Optional<String> retired) {
        this.currentKeyId = keyId;
        macs.put(keyId, keyed(key));
        // "id=key;id=key": keys used before the current one, kept only to verify what they sealed
        retired.ifPresent(list -> {
            for (String pair : list.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && !pair.substring(0, eq).strip().equals(keyId)) {
                    macs.put(pair.substring(0, eq).strip(), keyed(pair.substring(eq + 1)));
                }
            }
        });
    }

    private static ThreadLocal<Mac> keyed(String key) {
        SecretKeySpec secret = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
            }
        });
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public boolean knows(String keyId) {
        return keyId != null && macs.containsKey(keyId);
    }

    /** The MAC of an entry's content with the key it names. */
    public String entryMac(AuditEntry e) {
        return mac(e.keyId, entryContent(e));
    }

    /** Which known key, if any, made this entry's MAC; tells a wrong key from an altered entry. */
    public Optional<String> keyThatMade(AuditEntry e) {
        String content = entryContent(e);
        return macs.keySet().stream().filter(k -> mac(k, content).equals(e.mac)).findFirst();
    }

    static String entryContent(AuditEntry e) {
        return String.join("|", "entry", e.keyId, e.occurredAt.toString(), e.subject, e.role, e.action,
                e.recordType, String.valueOf(e.recordId), String.valueOf(e.patientId), e.outcome,
                String.valueOf(e.clientAddress));
    }

    /** The seal of the entry at position {@code seq} of the chain, linked to the seal before it. */
    public String sealHash(String keyId, long seq, long entryId, String entryMac, String previousHash) {
        return mac(keyId, String.join("|", "seal", keyId, Long.toString(seq), Long.toString(entryId), entryMac,
                previousHash));
    }

    /** The MAC of the chain head: how many entries are sealed, the last of them and its seal. */
    public String headMac(String keyId, long count, long lastEntryId, String lastHash) {
        return mac(keyId, String.join("|", "head", keyId, Long.toString(count), Long.toString(lastEntryId), lastHash));
    }

    public String checkpointMac(String keyId, long count, long lastEntryId, String lastHash, String takenAt) {
        return mac(keyId, String.join("|", "checkpoint", keyId, Long.toString(count), Long.toString(lastEntryId),
                lastHash, takenAt));
    }

    /** The first design's hash: content and previous hash in one, kept to verify the archived trail. */
    public String legacyHash(String keyId, String previousHash, String occurredAt, String subject, String role,
                             String action, String recordType, Long recordId, Long patientId, String outcome,
                             String clientAddress) {
        return mac(keyId, String.join("|", previousHash, occurredAt, subject, role, action, recordType,
                String.valueOf(recordId), String.valueOf(patientId), outcome, String.valueOf(clientAddress)));
    }

    private String mac(String keyId, String content) {
        ThreadLocal<Mac> mac = macs.get(keyId);
        if (mac == null) {
            throw new IllegalArgumentException("Unknown audit key " + keyId);
        }
        // doFinal leaves the MAC reset and keyed for the next value
        return HexFormat.of().formatHex(mac.get().doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
