package org.muster.platform;

import java.util.Locale;

/** Roles in rising order of power: each role can do what the ones below it can. */
public enum Role {
    MEMBER, CHAMPION, MODERATOR, STAFF, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
