package org.muster.platform;

import org.springframework.http.HttpStatus;

public final class Unauthenticated extends MusterException {

    public Unauthenticated() {
        super(null, "error.unauthenticated");
    }

    /** Refused credentials other than a session or token, e.g. a webhook's signature. */
    public Unauthenticated(String key) {
        super(null, key);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }
}
