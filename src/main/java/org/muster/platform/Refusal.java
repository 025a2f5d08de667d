package org.muster.platform;

import java.io.Serializable;

/**
 * A form refused for one of its fields, carried back to the page the form is on: the action it was
 * posted to and the message (which names the field) in the reader's language. Templates show it in
 * the form with {@code layout :: refusal(action)}. Serializable: it travels in the session's flash map.
 */
public record Refusal(String action, String message) implements Serializable {
}
