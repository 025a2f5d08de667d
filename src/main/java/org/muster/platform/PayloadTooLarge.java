package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class PayloadTooLarge extends MusterException {

    public PayloadTooLarge(String key, Object... args) {
        super(null, key, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONTENT_TOO_LARGE;
    }
}
