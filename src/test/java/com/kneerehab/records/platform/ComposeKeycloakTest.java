package com.kneerehab.records.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single-host deployment (deploy/compose.yaml) runs Keycloak as production runs it: an optimized server
 * started with {@code start}, its accounts in a database of its own, a health check and a public hostname.
 * Docker does not run where the tests run, so the file and the image recipe are read as text, service by
 * service.
 */
class ComposeKeycloakTest {

    private static final Path COMPOSE = Path.of("deploy/compose.yaml");
    private static final Path KEYCLOAK_IMAGE = Path.of("deploy/keycloak/Dockerfile");

    @Test
    void keycloakStartsInProductionModeWithItsOwnDatabase() throws IOException {
        String keycloak = service("keycloak");
        assertFalse(keycloak.contains("start-dev"), "development mode keeps accounts in a throw-away store");
        assertTrue(keycloak.matches("(?s).*command: \\[\"start\", \"--optimized\".*"), keycloak);
        assertTrue(keycloak.contains("KC_DB_URL: jdbc:mariadb://keycloak-db:"), "accounts live in keycloak-db");
        assertTrue(keycloak.contains("KC_HOSTNAME:"), "tokens need a fixed public issuer");
        assertTrue(keycloak.contains("healthcheck:") && keycloak.contains("/health/ready"), keycloak);
        assertTrue(keycloak.matches("(?s).*keycloak-db:\\s+condition: service_healthy.*"), keycloak);
    }

    @Test
    void keycloaksDatabaseIsAServiceWithItsOwnVolumeAndHealthCheck() throws IOException {
        String database = service("keycloak-db");
        assertTrue(database.contains("MARIADB_DATABASE: keycloak"), database);
        assertTrue(database.contains("keycloak-db-data:/var/lib/mysql"), database);
        assertTrue(database.contains("healthcheck:"), database);
        assertFalse(database.contains("ports:"), "Keycloak's database is not published on the host");
    }

    @Test
    void theImageIsBuiltForMariaDbWithHealthEndpoints() throws IOException {
        String recipe = Files.readString(KEYCLOAK_IMAGE);
        assertTrue(recipe.contains("KC_DB=mariadb"), recipe);
        assertTrue(recipe.contains("KC_HEALTH_ENABLED=true"), recipe);
        assertTrue(recipe.contains("kc.sh build"), recipe);
    }

    /** The lines of one top-level service: from "  name:" to the next line indented by two spaces. */
    private static String service(String name) throws IOException {
        List<String> block = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(COMPOSE)) {
            if (line.equals("  " + name + ":")) {
                inside = true;
                continue;
            }
            if (inside && line.matches("^ {0,2}\\S.*")) {
                break;
            }
            if (inside) {
                block.add(line.strip());
            }
        }
        assertFalse(block.isEmpty(), "no service " + name + " in " + COMPOSE);
        return String.join("\n", block);
    }
}
