package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Side;

import java.time.Instant;
import java.time.LocalDate;

/** A patient's demographic record as the API returns it. */
public record PatientView(Long id, String mrn, String givenName, String familyName, LocalDate dateOfBirth,
                          Patient.Sex sex, String phone, String email, Side affectedSide, String referralNotes,
                          Patient.Status status, boolean warningFlag, Instant updatedAt, int version,
                          ReferrerInput referrer) {

    static PatientView of(Patient p) {
        return new PatientView(p.id, p.mrn, p.givenName, p.familyName, p.dateOfBirth, p.sex, p.phone, p.email,
                p.affectedSide, p.referralNotes, p.status, p.warningFlag, p.updatedAt, p.version,
                ReferrerInput.of(p.referrer()));
    }
}
