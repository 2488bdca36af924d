package com.kneerehab.records.account;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;

import java.util.Optional;

/** Keycloak when its admin URL is configured; the development stand-in only outside production. */
@ApplicationScoped
public class DirectoryProducer {

    @Produces
    @ApplicationScoped
    IdentityDirectory directory(@ConfigProperty(name = "quarkus.keycloak.admin-client.server-url") Optional<String> url,
                                @ConfigProperty(name = "quarkus.keycloak.admin-client.realm", defaultValue = "clinic") String realm,
                                Instance<Keycloak> keycloak) {
        if (url.isPresent() && !url.get().isBlank()) {
            return new KeycloakDirectory(keycloak.get(), realm);
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("KEYCLOAK_ADMIN_URL is not set: accounts cannot be managed.");
        }
        return new DevelopmentDirectory();
    }
}
