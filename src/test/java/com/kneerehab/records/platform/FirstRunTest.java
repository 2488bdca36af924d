package com.kneerehab.records.platform;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's {@code ./mvnw quarkus:dev}: no development service that needs a container runtime, no ERROR from
 * the Dev UI's probe for one, the embedded database's log kept to warnings, and a first screen that says where
 * the application is and who to sign in as. Read from the development profile of the real configuration.
 */
class FirstRunTest {

    private static SmallRyeConfig development() throws IOException {
        URL properties = FirstRunTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile("dev")
                .withSources(new PropertiesConfigSource(properties, 250))
                .build();
    }

    @Test
    void noDevelopmentServiceNeedsAContainerRuntime() throws IOException {
        SmallRyeConfig config = development();
        assertFalse(config.getValue("quarkus.datasource.devservices.enabled", Boolean.class));
        assertFalse(config.getValue("quarkus.keycloak.devservices.enabled", Boolean.class));
        // the OIDC development server is Quarkus' own, in-process one
        assertTrue(config.getValue("quarkus.oidc.devservices.enabled", Boolean.class));
    }

    @Test
    void theContainerProbeIsSilentAndTheEmbeddedDatabaseReportsOnlyWarnings() throws IOException {
        SmallRyeConfig config = development();
        assertEquals("OFF", config.getValue("quarkus.log.category.\"org.testcontainers\".level", String.class));
        assertEquals("WARN", config.getValue("quarkus.log.category.\"ch.vorburger\".level", String.class));
    }

    @Test
    void theFirstScreenSaysWhereTheApplicationIsAndWhoToSignInAs() {
        String greeting = DevelopmentWelcome.text(8080, 9000);
        assertTrue(greeting.contains("http://localhost:8080"), greeting);
        assertTrue(greeting.contains("http://localhost:9000/q/health"), greeting);
        for (String user : new String[] {"clinician", "patient", "admin"}) {
            assertTrue(greeting.contains("    " + user + " "), greeting);
        }
    }
}
