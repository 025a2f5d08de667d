package org.muster.platform;

import java.io.Serializable;

/**
 * A refused form, carried to the page the form is on: the action it was posted to, the field at
 * fault and the message in the reader's language. Templates show it beside the field with
 * {@code layout :: refusal(action, field)}. Serializable because it travels in the session's flash map.
 */
public record Refusal(String action, String field, String message) implements Serializable {
}
