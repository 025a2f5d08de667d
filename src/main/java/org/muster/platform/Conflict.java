package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class Conflict extends MusterException {

    public Conflict(String field, String key, Object... args) {
        super(field, key, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
