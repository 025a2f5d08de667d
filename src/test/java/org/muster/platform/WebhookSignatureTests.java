package org.muster.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help desks and event-hook receivers check our signatures with their own HMAC code, and we check theirs: the format is a contract. */
class WebhookSignatureTests {

    private static final String SECRET = "whsec-test-secret";
    private static final long TIMESTAMP = 1767225600L;
    private static final String BODY = "{\"event\":\"TicketOpened\",\"id\":7}";

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowerCaseHex() {
        // Computed independently: python3 hmac.new(secret, b"1767225600." + body, sha256).hexdigest()
        assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY))
                .isEqualTo("v1=c11f3fc325497817413bcdeaeb6bf0b9a77d8b6ffb7dbd13166dc94c0ca9cd28");
    }

    @Test
    void acceptsItsOwnSignatureAlsoWithSurroundingWhitespace() {
        var signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, " " + signature + "\n")).isTrue();
    }

    @Test
    void refusesAChangedBodyTimestampOrSecret() {
        var signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY.replace("7", "8"), signature)).isFalse();
        // A replayed body under a new timestamp is not signed by it.
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP + 1, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify("another-secret", TIMESTAMP, BODY, signature)).isFalse();
    }

    @Test
    void refusesAMissingOrMalformedSignature() {
        var hex = WebhookSignature.sign(SECRET, TIMESTAMP, BODY).substring(3);
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, "")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, hex)).as("without the version prefix").isFalse();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, "v1=" + hex.toUpperCase())).isFalse();
    }
}
