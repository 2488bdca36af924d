package com.kneerehab.records.fhir;

import com.kneerehab.records.account.AccountRepository;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read what through the FHIR API. Clinicians read every patient's record; a patient reads only the
 * record their account is linked to (another's is "not found", as in the portal); admins read none. A token
 * that carries SMART-on-FHIR scopes ({@code patient/...}, {@code user/...}) must also carry one that allows
 * the read: see {@link Scopes}. The session cookie of the application's own pages carries none.
 */
@ApplicationScoped
class FhirAccess {

    /** The caller: a clinician (no own record) or a patient with their own record's id; the SMART scopes granted. */
    record Caller(boolean clinician, Long ownPatientId, Set<String> scopes) {

        boolean mayRead(long patientId) {
            return clinician || (ownPatientId != null && ownPatientId == patientId);
        }
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    Caller caller() {
        Set<String> scopes = smartScopes();
        if (identity.hasRole(Roles.CLINICIAN)) {
            return new Caller(true, null, scopes);
        }
        if (identity.hasRole(Roles.PATIENT)) {
            Long own = accounts.findByUsername(user.subject()).filter(a -> a.active && a.patientId != null)
                    .map(a -> a.patientId).orElseThrow(() -> FhirError.forbidden(FhirService.text().noRecordAccess()));
            return new Caller(false, own, scopes);
        }
        throw FhirError.forbidden(FhirService.text().noRecordAccess());
    }

    /** Refuses (403) a token whose SMART scopes do not allow reading {@code type} ("*" for every type). */
    void requireScope(Caller caller, String type) {
        String context = caller.clinician() ? "user" : "patient";
        if (!Scopes.allows(caller.scopes(), caller.clinician(), type)) {
            throw FhirError.forbidden(FhirService.text().insufficientScope(type, context + "/" + type + ".read"));
        }
    }

    private Set<String> smartScopes() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object scope = token.getClaim("scope");
            if (scope != null) {
                return Arrays.stream(scope.toString().split("\\s+")).filter(Scopes::isSmart).collect(Collectors.toSet());
            }
        }
        return Set.of();
    }
}
