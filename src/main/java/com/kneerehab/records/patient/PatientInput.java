package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Side;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a clinician enters to register or edit a patient. {@code version} is required on edits; an
 * edit without {@code referrer} removes the referring physician. */
public record PatientInput(
        @NotBlank(message = "{patient.enter-the-given-name}") @Size(max = 100, message = "{patient.at-most-100-characters}") String givenName,
        @NotBlank(message = "{patient.enter-the-family-name}") @Size(max = 100, message = "{patient.at-most-100-characters}") String familyName,
        @NotNull(message = "{patient.enter-the-date-of-birth}") @Past(message = "{patient.the-date-of-birth-must-be}") LocalDate dateOfBirth,
        @NotNull(message = "{patient.choose-the-sex-recorded-for-the}") Patient.Sex sex,
        @Size(max = 40, message = "{patient.at-most-40-characters}")
        @Pattern(regexp = "^[0-9 +()\\-]*$", message = "{patient.use-digits-spaces-and-only}") String phone,
        @Size(max = 254, message = "{patient.at-most-254-characters}") @Email(message = "{patient.enter-a-valid-email-address}") String email,
        @NotNull(message = "{patient.choose-the-affected-side}") Side affectedSide,
        @Size(max = 4000, message = "{patient.at-most-4000-characters}") String referralNotes,
        Patient.Status status,
        Integer version,
        @jakarta.validation.Valid ReferrerInput referrer) {

    /** Without a referring physician. */
    public PatientInput(String givenName, String familyName, LocalDate dateOfBirth, Patient.Sex sex, String phone,
                        String email, Side affectedSide, String referralNotes, Patient.Status status, Integer version) {
        this(givenName, familyName, dateOfBirth, sex, phone, email, affectedSide, referralNotes, status, version, null);
    }
}
