package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Records a DENIED entry for every refusal the security layer decides on its own (a role check on a
 * resource, such as a patient asking for a clinic page or a clinician for an admin page), which no
 * service sees. Runs after the refusal, off the request's thread: the refused request does not wait.
 */
@ApplicationScoped
public class AuditRefusals {

    private static final Logger LOG = Logger.getLogger(AuditRefusals.class);
    static final String ACTION = "access.denied";

    @Inject
    AuditLog audit;

    void refused(@ObservesAsync AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return; // not signed in: sent to sign in, nobody to name
        }
        RoutingContext request = event.getEventProperties().values().stream()
                .filter(RoutingContext.class::isInstance).map(RoutingContext.class::cast).findFirst().orElse(null);
        String path = request == null ? "unknown" : request.normalizedPath();
        String address = request == null || request.request().remoteAddress() == null ? null
                : request.request().remoteAddress().hostAddress();
        String role = List.of(Roles.ADMIN, Roles.CLINICIAN, Roles.PATIENT).stream().filter(identity::hasRole)
                .findFirst().orElse("none");
        try {
            audit.append(identity.getPrincipal().getName(), role, ACTION, path.length() > 32 ? path.substring(0, 32) : path,
                    null, null, AuditLog.Outcome.DENIED, address);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the refusal of %s for %s", path, identity.getPrincipal().getName());
        }
    }
}
