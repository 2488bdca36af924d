package com.kneerehab.records.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The referring physician as a clinician enters it and the API returns it. A contact detail without a name
 * is refused by the service: a report cannot be addressed to a fax number alone.
 */
public record ReferrerInput(
        @Size(max = 200, message = "{patient.referrer-at-most-200-characters}") String name,
        @Size(max = 200, message = "{patient.referrer-at-most-200-characters}") String practice,
        @Size(max = 500, message = "{patient.referrer-address-at-most-500}") String address,
        @Size(max = 40, message = "{patient.at-most-40-characters}")
        @Pattern(regexp = "^[0-9 +()\\-]*$", message = "{patient.use-digits-spaces-and-only}") String phone,
        @Size(max = 40, message = "{patient.at-most-40-characters}")
        @Pattern(regexp = "^[0-9 +()\\-]*$", message = "{patient.use-digits-spaces-and-only}") String fax,
        @Size(max = 254, message = "{patient.at-most-254-characters}")
        @Email(message = "{patient.enter-a-valid-email-address}") String email) {

    public static ReferrerInput of(ReferringPhysician r) {
        return r == null || !r.isRecorded() ? null
                : new ReferrerInput(r.name, r.practice, r.address, r.phone, r.fax, r.email);
    }

    boolean anyContact() {
        return notBlank(practice) || notBlank(address) || notBlank(phone) || notBlank(fax) || notBlank(email);
    }

    boolean hasName() {
        return notBlank(name);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
