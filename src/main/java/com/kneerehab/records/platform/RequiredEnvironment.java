package com.kneerehab.records.platform;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Production refuses to start without its settings, and says at once which environment variables are
 * missing or too weak, rather than failing on the first one somewhere deep in start-up.
 */
public class RequiredEnvironment implements ConfigSourceFactory {

    /** Variable name to the minimum length of its value (1 for "must be set"). */
    static final Map<String, Integer> REQUIRED = Map.ofEntries(
            Map.entry("DB_URL", 1),
            Map.entry("DB_USERNAME", 1),
            Map.entry("DB_PASSWORD", 0),
            Map.entry("OIDC_AUTH_SERVER_URL", 1),
            Map.entry("OIDC_CLIENT_ID", 1),
            Map.entry("OIDC_CLIENT_SECRET", 1),
            Map.entry("OIDC_TOKEN_ENCRYPTION_SECRET", 32),
            Map.entry("CSRF_SIGNATURE_KEY", 32),
            Map.entry("AUDIT_HMAC_KEY", 32),
            Map.entry("PUBLIC_BASE_URL", 1),
            Map.entry("KEYCLOAK_ADMIN_URL", 1),
            Map.entry("KEYCLOAK_ADMIN_CLIENT_SECRET", 1));

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // only when the application runs: building the jar (also under the prod profile) needs no secrets
        if (!context.getProfiles().contains("prod") || ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(required -> {
            ConfigValue value = context.getValue(required.getKey());
            String text = value == null ? null : value.getValue();
            if (text == null) {
                problems.add(required.getKey() + " is not set");
            } else if (text.length() < required.getValue()) {
                problems.add(required.getKey() + " must be at least " + required.getValue() + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Knee Rehab Records cannot start: " + String.join("; ", problems)
                    + ". Every setting is described in .env.example.");
        }
        return List.of();
    }
}
