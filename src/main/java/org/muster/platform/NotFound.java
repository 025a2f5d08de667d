package org.muster.platform;

import org.springframework.http.HttpStatus;

/** Also what an outsider gets for something he may not see, so that its existence does not leak. */
public final class NotFound extends MusterException {

    public NotFound() {
        super(null, "error.not-found");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
