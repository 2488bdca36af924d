package com.kneerehab.records.account;

import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;

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
            case UNREACHABLE -> text().directoryUnreachableTitle();
            case DUPLICATE -> text().directoryDuplicateTitle();
            case INVALID -> text().directoryInvalidTitle();
            case FAILED -> text().directoryFailedTitle();
        }, detail, kind == Kind.DUPLICATE ? Map.of("username", detail) : Map.of());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    private static AccountMessages text() {
        return Messages.get(AccountMessages.class);
    }
}
