package com.kneerehab.records.platform;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/** Who is asking, as the rest of the application needs to know it. */
@RequestScoped
@jakarta.inject.Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The stable identifier of the account: the OIDC subject's user name. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String displayName() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return subject();
    }

    /** The most privileged of the user's roles, for the audit trail and the home page. */
    public String role() {
        if (identity.hasRole(Roles.ADMIN)) {
            return Roles.ADMIN;
        }
        if (identity.hasRole(Roles.CLINICIAN)) {
            return Roles.CLINICIAN;
        }
        if (identity.hasRole(Roles.PATIENT)) {
            return Roles.PATIENT;
        }
        return identity.isAnonymous() ? "anonymous" : "none";
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String clientAddress() {
        try {
            return routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().hostAddress();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
