package com.kneerehab.records.fhir;

import java.util.Set;

/**
 * The SMART-on-FHIR scope rule. A token without any SMART scope (the application's own session, a
 * first-party client) is judged by its role alone. A token with SMART scopes must hold one that allows the
 * read: a clinician {@code user/<type>.read} or {@code user/*.read}; a patient the same with {@code patient/}
 * or {@code user/} (a patient's user-level access is their own record). SMART v2 permissions that include
 * reading ({@code .r}, {@code .rs}, {@code .cruds}) count as {@code .read}. {@code $everything} needs the
 * wildcard type. A clinician's {@code patient/} scope needs a launch context this API does not offer, so it
 * allows nothing.
 */
final class Scopes {

    private Scopes() {
    }

    static boolean isSmart(String scope) {
        return scope.startsWith("patient/") || scope.startsWith("user/") || scope.startsWith("system/");
    }

    static boolean allows(Set<String> scopes, boolean clinician, String type) {
        if (scopes.isEmpty()) {
            return true;
        }
        for (String scope : scopes) {
            int slash = scope.indexOf('/');
            int dot = scope.lastIndexOf('.');
            if (slash < 0 || dot < slash) {
                continue;
            }
            String context = scope.substring(0, slash);
            String resource = scope.substring(slash + 1, dot);
            String permission = scope.substring(dot + 1);
            boolean contextFits = context.equals("user") || (!clinician && context.equals("patient"));
            boolean typeFits = resource.equals("*") || resource.equals(type);
            boolean reads = permission.equals("read") || permission.equals("*")
                    || (permission.matches("c?r?u?d?s?") && permission.contains("r"));
            if (contextFits && typeFits && reads) {
                return true;
            }
        }
        return false;
    }
}
