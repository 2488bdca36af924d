package com.kneerehab.records.platform;

/** The three realm roles a signed-in user can hold. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String CLINICIAN = "clinician";
    public static final String PATIENT = "patient";

    private Roles() {
    }
}
