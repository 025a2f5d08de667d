package org.muster.accounts;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret, only its last characters. */
record ApiToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
}
