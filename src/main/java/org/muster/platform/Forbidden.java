package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class Forbidden extends MusterException {

    public Forbidden(String key, Object... args) {
        super(null, key, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
