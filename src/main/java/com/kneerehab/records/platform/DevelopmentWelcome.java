package com.kneerehab.records.platform;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Development only: the first screen of {@code ./mvnw quarkus:dev} says where the application is and how to
 * sign in, so a newcomer need not read the log or the README to get started.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevelopmentWelcome {

    private static final Logger LOG = Logger.getLogger(DevelopmentWelcome.class);

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @ConfigProperty(name = "quarkus.management.port")
    int managementPort;

    void greet(@Observes StartupEvent started) {
        LOG.info(text(port, managementPort));
    }

    /** The greeting: the address, the demo users and where the operations endpoints are. */
    static String text(int port, int managementPort) {
        return String.format("%n"
                + "  Knee Rehab Records is running at http://localhost:%d%n"
                + "  Sign in by choosing a demo user (no password) on the development sign-in page:%n"
                + "    clinician  worklist, patient list, charts, evaluations, plans, exercise library%n"
                + "    patient    the portal of demo patient Hannah Verhoeven (MRN KR10001001)%n"
                + "    admin      accounts and the audit trail%n"
                + "  Swagger UI: http://localhost:%d/q/swagger-ui   Health and metrics: http://localhost:%d/q/health%n",
                port, port, managementPort);
    }
}
