package org.muster.missions.tasks;

import org.muster.platform.Invalid;

import java.util.Arrays;

/**
 * An uploaded image as proof. Its type is read from its first bytes, never from what the client
 * claims, so nothing but PNG, JPEG, GIF or WebP is ever stored or served.
 */
public record ProofImage(String contentType, byte[] bytes) {

    /** Fits in a request under the default body limit (1 MB) with the form around it. */
    static final int MAX_BYTES = 900_000;

    static ProofImage of(byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) return null;
        if (bytes.length > MAX_BYTES) throw new Invalid(field, "mission.image.size", MAX_BYTES / 1000);
        var type = typeOf(bytes);
        if (type == null) throw new Invalid(field, "mission.image.type");
        return new ProofImage(type, bytes);
    }

    private static String typeOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (starts(b, 'G', 'I', 'F', '8')) return "image/gif";
        if (b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes()))
            return "image/webp";
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
