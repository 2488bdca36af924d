package com.kneerehab.records.patient;

import java.time.LocalDate;

/** A line in the patient list: enough to pick the right person, nothing more. */
public record PatientRow(Long id, String mrn, String givenName, String familyName, LocalDate dateOfBirth,
                         Patient.Status status, boolean warningFlag, long openAlerts) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean needsAttention() {
        return warningFlag || openAlerts > 0;
    }
}
