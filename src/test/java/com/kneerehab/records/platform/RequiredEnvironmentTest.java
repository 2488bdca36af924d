package com.kneerehab.records.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production start-up check: a secret that is missing, short, a placeholder, a development or test value,
 * any other value printed in the repository, or shared by two variables stops start-up with its name.
 */
class RequiredEnvironmentTest {

    /** A value of the kind an operator generates: random for each call, so no test prints one. */
    private static String generated() {
        return java.util.UUID.randomUUID() + "/" + java.util.UUID.randomUUID();
    }

    private static Map<String, String> good() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", "jdbc:mariadb://db:3306/kneerehab");
        env.put("DB_USERNAME", "kneerehab");
        env.put("DB_PASSWORD", generated());
        env.put("OIDC_AUTH_SERVER_URL", "https://login.clinic.test/realms/clinic");
        env.put("OIDC_CLIENT_ID", "knee-rehab-app");
        env.put("OIDC_CLIENT_SECRET", generated());
        env.put("OIDC_TOKEN_ENCRYPTION_SECRET", generated());
        env.put("CSRF_SIGNATURE_KEY", generated());
        env.put("AUDIT_HMAC_KEY", generated());
        env.put("PUBLIC_BASE_URL", "https://records.clinic.test");
        env.put("KEYCLOAK_ADMIN_URL", "https://login.clinic.test");
        env.put("KEYCLOAK_ADMIN_CLIENT_SECRET", generated());
        return env;
    }

    @Test
    void ownSecretsPass() {
        assertEquals(List.of(), RequiredEnvironment.problems(good()::get));
    }

    @Test
    void everyPlaceholderFromEnvExampleIsRefusedByName() throws IOException {
        Map<String, String> env = good();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            Matcher m = Pattern.compile("^([A-Z_]+)=(.*)$").matcher(line);
            if (m.matches() && RequiredEnvironment.SECRETS.contains(m.group(1))) {
                env.put(m.group(1), m.group(2));
            }
        }
        List<String> problems = RequiredEnvironment.problems(env::get);
        for (String secret : RequiredEnvironment.SECRETS) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(secret + " is a placeholder")),
                    secret + " copied from .env.example must be refused: " + problems);
        }
    }

    @Test
    void theDevelopmentAuditKeyIsRefused() {
        Map<String, String> env = good();
        env.put("AUDIT_HMAC_KEY", "development-only-audit-key-not-for-production");
        assertEquals(List.of("AUDIT_HMAC_KEY is a placeholder or a value printed in the repository; set a secret of"
                + " your own"), RequiredEnvironment.problems(env::get));
    }

    @Test
    void missingShortAndSharedSecretsAreNamed() {
        Map<String, String> env = good();
        env.remove("OIDC_CLIENT_SECRET");
        env.put("CSRF_SIGNATURE_KEY", "Kq81x");
        env.put("AUDIT_HMAC_KEY", env.get("OIDC_TOKEN_ENCRYPTION_SECRET"));
        List<String> problems = RequiredEnvironment.problems(env::get);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.contains("CSRF_SIGNATURE_KEY must be at least 32 characters"));
        assertTrue(problems.contains("OIDC_CLIENT_SECRET is not set"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("OIDC_TOKEN_ENCRYPTION_SECRET has the same value as")
                || p.contains("AUDIT_HMAC_KEY has the same value as")), problems.toString());
    }

    /**
     * Every secret value written anywhere in the repository (settings templates, deployment files, the
     * configuration, the tests) is one production refuses, so adding a new one without a placeholder mark fails here.
     */
    @Test
    void everySecretValueInTheRepositoryIsRefused() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of(".env.example"),
                Path.of("src/main/resources/application.properties")));
        for (String dir : List.of("deploy", "src/test/java", "docs", "bench")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        // a secret variable or setting, then its value: NAME=value, NAME: "value", "setting", "value"
        Pattern assignment = Pattern.compile("(?:\\b(?:" + String.join("|", RequiredEnvironment.SECRETS) + ")"
                + "|quarkus\\.[a-z.\\-]*(?:secret|password|signature-key)|knee-rehab\\.audit\\.hmac-key)"
                + "\"?\\s*([=:,])\\s*(['\"]?)([^'\"\\s$<>{}()]{6,})");
        List<String> accepted = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                Matcher m = assignment.matcher(line);
                while (m.find()) {
                    String value = m.group(3);
                    boolean quoted = !m.group(2).isEmpty();
                    if (!quoted && (m.group(1).equals(",") || file.toString().endsWith(".java"))
                            || value.matches("[A-Z][A-Z_]+")) {
                        continue; // a name or an expression in code or prose, not a value
                    }
                    if (!RequiredEnvironment.isPublished(value)) {
                        accepted.add(file + ": " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), accepted, "secret values in the repository that production would accept");
    }
}
