package org.muster.routing;

import org.muster.platform.Secrets;
import org.muster.platform.SiteLinks;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Unsubscribe links that work without signing in: the token names the member and the kind and is
 * signed (HMAC-SHA256) with a key kept in the database, so every node checks what any node wrote
 * and nobody can make one for another member or kind. The headers are RFC 8058's one-click pair.
 */
@Component
class UnsubscribeLinks {

    record Unsubscribe(long memberId, NotificationKind kind) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final NotificationMailRepository repository;
    private final SiteLinks links;
    private volatile byte[] key;

    UnsubscribeLinks(NotificationMailRepository repository, SiteLinks links) {
        this.repository = repository;
        this.links = links;
    }

    String link(long memberId, NotificationKind kind) {
        return links.absolute("/unsubscribe/" + token(memberId, kind));
    }

    Map<String, String> headers(long memberId, NotificationKind kind) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + link(memberId, kind) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    String token(long memberId, NotificationKind kind) {
        var payload = memberId + "." + kind.name();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** Empty for anything not signed here: forged, cut short, or for a kind that does not exist. */
    Optional<Unsubscribe> read(String token) {
        if (token == null) return Optional.empty();
        var parts = token.split("\\.", -1);
        if (parts.length != 2) return Optional.empty();
        try {
            var payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            var signature = Base64.getUrlDecoder().decode(parts[1]);
            if (!MessageDigest.isEqual(sign(payload), signature)) return Optional.empty();
            var fields = payload.split("\\.", -1);
            return Optional.of(new Unsubscribe(Long.parseLong(fields[0]), NotificationKind.valueOf(fields[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException notOurs) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) key = repository.unsubscribeKey(Secrets.generate("unsub_")).getBytes(StandardCharsets.UTF_8);
        return key;
    }
}
