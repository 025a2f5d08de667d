package org.muster.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal that users see: the status it means in HTTP, a message key resolved in the reader's
 * language, and the field at fault when there is one. The API renders it as a problem detail,
 * pages as a message beside the field.
 */
public abstract sealed class MusterException extends RuntimeException
        permits Invalid, NotFound, Forbidden, Conflict, Unauthenticated, TooManyRequests, PayloadTooLarge {

    private final String field;
    private final String key;
    private final transient Object[] args;

    protected MusterException(String field, String key, Object... args) {
        super(key, null, false, false);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    public abstract HttpStatus status();

    /** The input field at fault, or null when the refusal is about the whole request. */
    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
