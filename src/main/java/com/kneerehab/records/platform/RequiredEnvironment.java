package com.kneerehab.records.platform;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Production refuses to start without its settings, and says at once which environment variables are
 * missing, too weak, placeholders or values printed in the repository, rather than failing on the first one
 * somewhere deep in start-up, or worse, running with a secret anyone can read.
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

    /** Variables that may be left unset, but are checked like the others when they are set. */
    static final Set<String> OPTIONAL = Set.of("DB_MIGRATION_PASSWORD");

    /** The variables holding secrets: each must be unguessable, and no two may share a value. */
    static final Set<String> SECRETS = Set.of("DB_PASSWORD", "DB_MIGRATION_PASSWORD", "OIDC_CLIENT_SECRET",
            "OIDC_TOKEN_ENCRYPTION_SECRET", "CSRF_SIGNATURE_KEY", "AUDIT_HMAC_KEY", "KEYCLOAK_ADMIN_CLIENT_SECRET");

    /**
     * Words that mark a value as a placeholder or as a development or test value. Every secret-like value in
     * the repository (.env.example, deploy/, application.properties, the tests) carries one of them or is listed
     * in {@link #PUBLISHED}; {@code RequiredEnvironmentTest} checks that this stays true.
     */
    static final List<String> PLACEHOLDER_MARKS = List.of("change-me", "changeme", "change_me", "replace-me",
            "placeholder", "example", "development-only", "test-only", "tests-only", "e2e-only", "not-for-production",
            "stub-secret", "secret-here", "your-");

    /** Secret values printed in the repository that carry none of the marks above. */
    static final Set<String> PUBLISHED = Set.of("secret", "password", "admin", "kneerehab", "root");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // only when the application runs: building the jar (also under the prod profile) needs no secrets
        if (!context.getProfiles().contains("prod") || ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        List<String> problems = problems(name -> {
            ConfigValue value = context.getValue(name);
            return value == null ? null : value.getValue();
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Knee Rehab Records cannot start: " + String.join("; ", problems)
                    + ". Every setting is described in .env.example; generate each secret, for example with"
                    + " `openssl rand -base64 48`.");
        }
        return List.of();
    }

    /** What is wrong with the settings, one sentence per variable at fault, in name order. */
    static List<String> problems(Function<String, String> environment) {
        List<String> problems = new ArrayList<>();
        Map<String, String> secretOwners = new HashMap<>();
        Map<String, Integer> checked = new TreeMap<>(REQUIRED);
        OPTIONAL.forEach(name -> checked.put(name, 0));
        checked.forEach((name, minimum) -> {
            String text = environment.apply(name);
            if (text == null) {
                if (!OPTIONAL.contains(name)) {
                    problems.add(name + " is not set");
                }
            } else if (text.length() < minimum) {
                problems.add(name + " must be at least " + minimum + " characters");
            } else if (SECRETS.contains(name) && !text.isEmpty()) {
                if (isPublished(text)) {
                    problems.add(name + " is a placeholder or a value printed in the repository; set a secret of"
                            + " your own");
                } else {
                    String other = secretOwners.putIfAbsent(text, name);
                    if (other != null) {
                        problems.add(name + " has the same value as " + other + "; give each secret its own value");
                    }
                }
            }
        });
        return problems;
    }

    /** True for a placeholder, a development or test value, or any other secret printed in the repository. */
    static boolean isPublished(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return PUBLISHED.contains(lower) || PLACEHOLDER_MARKS.stream().anyMatch(lower::contains);
    }
}
