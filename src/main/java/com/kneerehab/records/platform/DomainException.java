package com.kneerehab.records.platform;

import java.util.Map;

/**
 * A request the domain refuses. Carries the HTTP status the refusal maps to, a short title, a detail
 * for the person, and optional field-level messages.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> fieldErrors;

    public DomainException(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public DomainException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "Not found", what + " was not found.");
    }

    /** The record changed since the client read it. */
    public static DomainException stale(String what) {
        return new DomainException(409, "Edited elsewhere",
                "This " + what + " was changed by someone else since you opened it. Reload it to see the latest"
                        + " version, then make your change again.");
    }

    public static DomainException conflict(String detail) {
        return new DomainException(409, "Not allowed in this state", detail);
    }

    public static DomainException invalid(String detail, Map<String, String> fieldErrors) {
        return new DomainException(422, "Cannot be saved", detail, fieldErrors);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(message, Map.of(field, message));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
