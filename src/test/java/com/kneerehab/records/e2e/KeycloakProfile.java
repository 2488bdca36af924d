package com.kneerehab.records.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The test application signing users in against a real Keycloak ({@link KeycloakServer}), with accounts
 * managed in that Keycloak through the admin API, as in production. The server's address, the client
 * secrets and the application's fixed test port (which the realm's redirect addresses name) come from
 * the test resource once Keycloak is up.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    /** Made up once per run, shared by the test application and the packaged replicas it starts. */
    static final String AUDIT_KEY = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.devservices.enabled", "false",
                "quarkus.keycloak.devservices.enabled", "false",
                "quarkus.oidc.roles.role-claim-path", "realm_access/roles",
                "quarkus.oidc.token-state-manager.encryption-secret", "keycloak-tests-only-cookie-secret-0123456789",
                // the packaged replicas seal the same audit chain, and production refuses the test key
                "knee-rehab.audit.hmac-key", AUDIT_KEY);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}
