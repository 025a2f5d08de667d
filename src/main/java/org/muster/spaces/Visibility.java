package org.muster.spaces;

import org.muster.platform.Invalid;
import org.springframework.modulith.NamedInterface;

import java.util.Locale;

/** Who may see a space: anyone, signed-in members, listed members (and staff), or staff only. */
@NamedInterface("api")
public enum Visibility {
    PUBLIC, MEMBERS, PRIVATE, STAFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility fromCode(String code) {
        if (code == null || code.isBlank()) throw new Invalid("visibility", "space.visibility.required");
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("visibility", "space.visibility.unknown", code);
        }
    }
}
