package org.muster.support;

import java.time.Instant;

/** A help desk that receives ticket events and may post replies back; its secret signs both ways. */
record WebhookEndpoint(long id, String name, String url, String secret, long replyAs, boolean active,
                              Instant createdAt) {

    /** The secret is shown once, at creation; afterwards only its last characters. */
    public String secretHint() {
        return "…" + secret.substring(Math.max(0, secret.length() - 4));
    }
}
