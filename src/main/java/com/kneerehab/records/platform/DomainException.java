package com.kneerehab.records.platform;

import java.util.Map;

/**
 * A request the domain refuses. Carries the HTTP status the refusal maps to, a short title, a detail
 * for the person, and optional field-level messages, all in the request's language (taken from the
 * features' message bundles by whoever refuses).
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

    /** {@code what} names the record in the request's language ("The plan"). */
    public static DomainException notFound(String what) {
        PlatformMessages text = text();
        return new DomainException(404, text.notFoundTitle(), text.notFound(what));
    }

    /** The record changed since the client read it. */
    public static DomainException stale(String what) {
        PlatformMessages text = text();
        return new DomainException(409, text.staleTitle(), text.stale(what));
    }

    public static DomainException conflict(String detail) {
        return new DomainException(409, text().conflictTitle(), detail);
    }

    public static DomainException invalid(String detail, Map<String, String> fieldErrors) {
        return new DomainException(422, text().invalidTitle(), detail, fieldErrors);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(message, Map.of(field, message));
    }

    private static PlatformMessages text() {
        return Messages.get(PlatformMessages.class);
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
