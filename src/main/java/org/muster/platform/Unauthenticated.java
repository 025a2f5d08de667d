package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class Unauthenticated extends MusterException {

    public Unauthenticated() {
        super(null, "error.unauthenticated");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }
}
