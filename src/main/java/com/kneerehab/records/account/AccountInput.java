package com.kneerehab.records.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new sign-in account. A patient account names the record it opens by medical record number. */
public record AccountInput(
        @NotBlank(message = "Enter a user name") @Size(min = 3, max = 60, message = "Between 3 and 60 characters")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "Lower-case letters, digits, dots, dashes and underscores") String username,
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "At most 200 characters") String displayName,
        @Size(max = 254, message = "At most 254 characters") @Email(message = "Enter a valid email address") String email,
        @NotBlank(message = "Choose a role") @Pattern(regexp = "^(admin|clinician|patient)$", message = "Choose admin, clinician or patient") String role,
        @Size(max = 16, message = "At most 16 characters") String patientMrn) {
}
