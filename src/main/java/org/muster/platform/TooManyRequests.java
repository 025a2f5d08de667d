package org.muster.platform;

import org.springframework.http.HttpStatus;

import java.time.Duration;

public final class TooManyRequests extends MusterException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super(null, "error.too-many-requests", Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }
}
