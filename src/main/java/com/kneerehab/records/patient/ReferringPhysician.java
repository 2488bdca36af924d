package com.kneerehab.records.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The physician who referred the patient, with what a clinic needs to send a letter or a report. */
@Embeddable
public class ReferringPhysician {

    @Column(name = "referrer_name", length = 200)
    public String name;

    @Column(name = "referrer_practice", length = 200)
    public String practice;

    /** Postal address, lines separated by line breaks. */
    @Column(name = "referrer_address", length = 500)
    public String address;

    @Column(name = "referrer_phone", length = 40)
    public String phone;

    @Column(name = "referrer_fax", length = 40)
    public String fax;

    @Column(name = "referrer_email", length = 254)
    public String email;

    public boolean isRecorded() {
        return name != null;
    }

    public java.util.List<String> addressLines() {
        return address == null ? java.util.List.of()
                : address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
