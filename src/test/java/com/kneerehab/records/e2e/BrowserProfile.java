package com.kneerehab.records.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The test application with real sign-in: the other tests switch OIDC off and use @TestSecurity, but a
 * browser has to go through the authorization-code flow. As in development, Quarkus' built-in OIDC
 * server (no container) stands in for Keycloak and offers one user per role on its sign-in page.
 */
public class BrowserProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.devservices.enabled", "true",
                "quarkus.oidc.devservices.roles.admin", "admin",
                "quarkus.oidc.devservices.roles.clinician", "clinician",
                "quarkus.oidc.devservices.roles.patient", "patient",
                "quarkus.oidc.roles.role-claim-path", "groups",
                "quarkus.oidc.token-state-manager.encryption-secret", "browser-tests-only-cookie-secret-0123456789");
    }
}
