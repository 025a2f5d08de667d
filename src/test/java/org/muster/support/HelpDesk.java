package org.muster.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/** What a help desk does with Muster's documented signature scheme, written from the README, not from Muster's code. */
public final class HelpDesk {

    private HelpDesk() {
    }

    /** v1= hex HMAC-SHA256 of "timestamp.body" with the endpoint's secret. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The headers of a signed call to Muster's inbound webhook. */
    public static Map<String, String> headers(long endpointId, String secret, long timestamp, String body, String delivery) {
        return Map.of("Muster-Endpoint", String.valueOf(endpointId), "Muster-Timestamp", String.valueOf(timestamp),
                "Muster-Delivery", delivery, "Muster-Signature", signature(secret, timestamp, body));
    }
}
