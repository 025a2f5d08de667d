package org.muster.branding;

import org.muster.platform.Invalid;
import org.muster.platform.UploadedImage;

/**
 * The community's logo, read like every uploaded image ({@link UploadedImage}: its type from its bytes,
 * never from what the browser claims, metadata removed), and only PNG, JPEG or WebP: an SVG can carry
 * scripts and links, and a raster image is enough for a header.
 */
record Logo(String contentType, byte[] bytes) {

    /** A header logo needs far less; the limit keeps every page's first request cheap. */
    static final int MAX_BYTES = 300_000;

    static Logo of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) throw new Invalid("logo", "branding.logo.size", MAX_BYTES / 1000);
        var image = bytes.length == 0 ? null : readable(bytes);
        if (image == null || image.contentType().equals("image/gif")) throw new Invalid("logo", "branding.logo.type");
        return new Logo(image.contentType(), image.bytes());
    }

    private static UploadedImage readable(byte[] bytes) {
        try {
            return UploadedImage.read(bytes, "logo");
        } catch (Invalid notAnImage) {
            return null;
        }
    }
}
