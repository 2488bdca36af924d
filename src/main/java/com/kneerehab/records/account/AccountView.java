package com.kneerehab.records.account;

import java.time.Instant;

/** An account as admins see it: no clinical data beyond the record number it is linked to. */
public record AccountView(Long id, String username, String displayName, String email, String role, boolean active,
                          Long patientId, String patientMrn, Instant updatedAt, int version) {
}
