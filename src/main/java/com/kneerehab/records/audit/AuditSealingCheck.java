package com.kneerehab.records.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness reports DOWN when sealing has stalled: an entry has waited longer than {@code stalled-after}
 * to be sealed (the sealer is stuck, or no replica holds its lease). Also shows the backlog while UP.
 */
@Readiness
@ApplicationScoped
public class AuditSealingCheck implements HealthCheck {

    @Inject
    AuditSealing sealing;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Audit trail sealing");
        try {
            AuditSealing.Backlog backlog = sealing.backlog();
            response.withData("unsealed", backlog.unsealed()).withData("oldestUnsealedSeconds", backlog.oldestSeconds());
            if (backlog.stalledBecause() != null) {
                response.withData("problem", backlog.stalledBecause());
            }
            return response.status(!sealing.stalled(backlog)).build();
        } catch (RuntimeException e) {
            return response.down().withData("problem", String.valueOf(e.getMessage())).build();
        }
    }
}
