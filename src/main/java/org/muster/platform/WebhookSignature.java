package org.muster.platform;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Signatures of webhook bodies, both ways: HMAC-SHA256 over "timestamp.body" with the endpoint's
 * secret, sent as {@code Muster-Signature: v1=<hex>} beside {@code Muster-Timestamp}. One scheme for
 * every hook Muster sends or receives (help desks, event hooks), so receivers verify them all alike.
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "Muster-Signature";
    public static final String TIMESTAMP = "Muster-Timestamp";
    public static final String DELIVERY = "Muster-Delivery";
    public static final String ENDPOINT = "Muster-Endpoint";
    public static final String EVENT = "Muster-Event";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time, so the signature cannot be guessed byte by byte. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        if (signature == null) return false;
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
