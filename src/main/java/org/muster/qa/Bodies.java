package org.muster.qa;

import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.PayloadTooLarge;

import java.nio.charset.StandardCharsets;

/** The size rules of a post body. */
final class Bodies {

    static final int MAX_BYTES = 64 * 1024;

    private Bodies() {
    }

    static String check(String body) {
        if (body == null || body.isBlank()) throw new Invalid("body", "post.body.required");
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) throw new PayloadTooLarge("post.body.too-large");
        if (InputText.visibleLength(body.strip()) < 20) throw new Invalid("body", "post.body.too-short");
        return body.strip();
    }
}
