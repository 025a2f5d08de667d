package org.muster.support;

import java.time.Instant;

/** An endpoint in the API: the secret whole only in the answer that created it. */
record EndpointJson(long id, String name, String url, String secret, long replyAs, boolean active, Instant createdAt) {

    static EndpointJson of(WebhookEndpoint e, boolean withSecret) {
        return new EndpointJson(e.id(), e.name(), e.url(), withSecret ? e.secret() : e.secretHint(), e.replyAs(),
                e.active(), e.createdAt());
    }
}
