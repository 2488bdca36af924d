package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed hash that links each audit entry to the one before it. Keyed (HMAC-SHA-256) so that
 * someone with write access to the database alone cannot forge a consistent chain.
 */
@ApplicationScoped
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** One keyed MAC per thread, set up once: looking the algorithm up and keying it cost more than the hash. */
    private final ThreadLocal<Mac> macs;

    public AuditChain(@ConfigProperty(name = "knee-rehab.audit.hmac-key") String key) {
        SecretKeySpec secret = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
            }
        });
    }

    public String hash(AuditEntry e) {
        String content = String.join("|",
                e.previousHash,
                e.occurredAt.toString(),
                e.subject,
                e.role,
                e.action,
                e.recordType,
                String.valueOf(e.recordId),
                String.valueOf(e.patientId),
                e.outcome,
                String.valueOf(e.clientAddress));
        // doFinal leaves the MAC reset and keyed for the next entry
        return HexFormat.of().formatHex(macs.get().doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
