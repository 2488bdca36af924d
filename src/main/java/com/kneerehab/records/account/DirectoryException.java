package com.kneerehab.records.account;

import com.kneerehab.records.platform.DomainException;

import java.util.Map;

/** The identity directory refused or could not be reached; carries what to tell the admin. */
public class DirectoryException extends DomainException {

    public enum Kind { UNREACHABLE, DUPLICATE, INVALID, FAILED }

    private final Kind kind;

    public DirectoryException(Kind kind, String detail) {
        super(switch (kind) {
            case UNREACHABLE -> 503;
            case DUPLICATE -> 409;
            case INVALID -> 422;
            case FAILED -> 502;
        }, switch (kind) {
            case UNREACHABLE -> "Sign-in service unreachable";
            case DUPLICATE -> "Already taken";
            case INVALID -> "Refused by the sign-in service";
            case FAILED -> "Sign-in service error";
        }, detail, kind == Kind.DUPLICATE ? Map.of("username", detail) : Map.of());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
