package org.muster.branding;

import org.muster.platform.Invalid;

import java.util.Arrays;

/**
 * The community's logo. Its type is read from its first bytes, never from what the browser claims, and
 * only raster images are taken: an SVG can carry scripts and links, and a PNG, JPEG or WebP is enough
 * for a header.
 */
record Logo(String contentType, byte[] bytes) {

    /** A header logo needs far less; the limit keeps every page's first request cheap. */
    static final int MAX_BYTES = 300_000;

    static Logo of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) throw new Invalid("logo", "branding.logo.size", MAX_BYTES / 1000);
        var type = typeOf(bytes);
        if (type == null) throw new Invalid("logo", "branding.logo.type");
        return new Logo(type, bytes);
    }

    private static String typeOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
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
