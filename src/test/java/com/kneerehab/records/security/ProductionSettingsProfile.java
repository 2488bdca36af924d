package com.kneerehab.records.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.UUID;

/**
 * The test application with sign-in switched on as in production: the other tests turn the OIDC tenant off
 * and sign users in with @TestSecurity, which hides how an unauthenticated caller is answered. Quarkus'
 * built-in OIDC server (no container) stands in for Keycloak. The OpenAPI rule and the trusted proxy list are
 * the production ones; the proxy list names an address the test client never uses.
 */
public class ProductionSettingsProfile implements QuarkusTestProfile {

    static final String TRUSTED_PROXY = "192.0.2.10";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.devservices.enabled", "true",
                "quarkus.oidc.devservices.roles.admin", "admin",
                "quarkus.oidc.devservices.roles.clinician", "clinician",
                "quarkus.oidc.roles.role-claim-path", "groups",
                "quarkus.oidc.token-state-manager.encryption-secret", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "%test.quarkus.http.auth.permission.openapi.policy", "admins",
                "quarkus.http.proxy.trusted-proxies", TRUSTED_PROXY);
    }
}
