package com.kneerehab.records.patient;

/** Who a line in a list of several patients' items is about: enough to name them and link to the chart. */
public record PatientRef(Long id, String mrn, String givenName, String familyName) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
