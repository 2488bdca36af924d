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

    private final byte[] key;

    public AuditChain(@ConfigProperty(name = "knee-rehab.audit.hmac-key") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e1) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e1);
        }
    }
}
