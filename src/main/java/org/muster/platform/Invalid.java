package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class Invalid extends MusterException {

    public Invalid(String field, String key, Object... args) {
        super(field, key, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
