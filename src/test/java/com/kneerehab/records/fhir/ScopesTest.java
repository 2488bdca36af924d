package com.kneerehab.records.fhir;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMART-on-FHIR scope rule, as docs/fhir.md states it. */
class ScopesTest {

    @Test
    void aTokenWithoutSmartScopesIsJudgedByItsRoleAlone() {
        assertTrue(Scopes.allows(Set.of(), true, "Observation"));
        assertTrue(Scopes.allows(Set.of(), false, "*"));
    }

    @Test
    void aPatientNeedsAPatientOrUserReadScopeForTheType() {
        assertTrue(Scopes.allows(Set.of("patient/*.read"), false, "Observation"));
        assertTrue(Scopes.allows(Set.of("patient/Observation.read"), false, "Observation"));
        assertTrue(Scopes.allows(Set.of("patient/Observation.rs"), false, "Observation"));
        assertTrue(Scopes.allows(Set.of("user/*.read"), false, "CarePlan"));
        assertFalse(Scopes.allows(Set.of("patient/Observation.read"), false, "CarePlan"));
        assertFalse(Scopes.allows(Set.of("patient/*.write"), false, "Observation"));
        assertFalse(Scopes.allows(Set.of("patient/*.cud"), false, "Observation"));
        assertFalse(Scopes.allows(Set.of("system/*.read"), false, "Observation"));
    }

    @Test
    void aClinicianNeedsAUserReadScope() {
        assertTrue(Scopes.allows(Set.of("user/*.read"), true, "Patient"));
        assertTrue(Scopes.allows(Set.of("user/*.cruds"), true, "Patient"));
        assertFalse(Scopes.allows(Set.of("patient/*.read"), true, "Patient"));
    }

    @Test
    void everythingNeedsTheWildcard() {
        assertTrue(Scopes.allows(Set.of("patient/*.read"), false, "*"));
        assertFalse(Scopes.allows(Set.of("patient/Observation.read", "patient/Patient.read"), false, "*"));
    }

    @Test
    void onlyPatientUserAndSystemScopesAreSmartOnes() {
        assertTrue(Scopes.isSmart("patient/*.read"));
        assertFalse(Scopes.isSmart("openid"));
        assertFalse(Scopes.isSmart("profile"));
    }
}
