package com.kneerehab.records.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new sign-in account. A patient account names the record it opens by medical record number. */
public record AccountInput(
        @NotBlank(message = "{account.username.required}") @Size(min = 3, max = 60, message = "{account.username.size}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "{account.username.pattern}") String username,
        @NotBlank(message = "{account.displayName.required}") @Size(max = 200, message = "{account.displayName.size}") String displayName,
        @Size(max = 254, message = "{account.email.size}") @Email(message = "{account.email.valid}") String email,
        @NotBlank(message = "{account.role.required}") @Pattern(regexp = "^(admin|clinician|patient)$", message = "{account.role.pattern}") String role,
        @Size(max = 16, message = "{account.patientMrn.size}") String patientMrn) {
}
