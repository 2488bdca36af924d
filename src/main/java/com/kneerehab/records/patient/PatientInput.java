package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Side;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a clinician enters to register or edit a patient. {@code version} is required on edits. */
public record PatientInput(
        @NotBlank(message = "Enter the given name") @Size(max = 100, message = "At most 100 characters") String givenName,
        @NotBlank(message = "Enter the family name") @Size(max = 100, message = "At most 100 characters") String familyName,
        @NotNull(message = "Enter the date of birth") @Past(message = "The date of birth must be in the past") LocalDate dateOfBirth,
        @NotNull(message = "Choose the sex recorded for the patient") Patient.Sex sex,
        @Size(max = 40, message = "At most 40 characters")
        @Pattern(regexp = "^[0-9 +()\\-]*$", message = "Use digits, spaces, + ( ) and - only") String phone,
        @Size(max = 254, message = "At most 254 characters") @Email(message = "Enter a valid email address") String email,
        @NotNull(message = "Choose the affected side") Side affectedSide,
        @Size(max = 4000, message = "At most 4000 characters") String referralNotes,
        Patient.Status status,
        Integer version) {
}
