package com.kneerehab.records.account;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Runs the application with account management pointed at {@link KeycloakStub}. */
public class WithKeycloak implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.keycloak.admin-client.server-url", KeycloakStub.get().url(),
                "quarkus.keycloak.admin-client.client-secret", "stub-secret");
    }
}
