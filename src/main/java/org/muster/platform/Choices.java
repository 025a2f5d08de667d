package org.muster.platform;

import java.util.Collection;

/**
 * Input checked against a fixed vocabulary (a kind, a level, an action). {@code List.of(...).contains(null)}
 * throws instead of answering, so a JSON null for such a field would be a 500 rather than a refusal.
 */
public final class Choices {

    private Choices() {
    }

    /** Whether the value is one of the allowed ones; null never is. */
    public static boolean isOneOf(String value, Collection<String> allowed) {
        return value != null && allowed.contains(value);
    }
}
