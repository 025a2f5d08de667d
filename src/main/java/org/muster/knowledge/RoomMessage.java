package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/**
 * A help-room message as its reader may see it. state: shown, held, hidden, redacted or deleted; a redacted
 * message has no text left. questionId: the question the message was turned into, if any. flags: how many
 * members flagged it, for moderators only (0 for everyone else).
 */
@NamedInterface("api")
public record RoomMessage(long id, long spaceId, long authorId, String authorName, String body, String bodyHtml,
                          String state, Instant createdAt, Long questionId, int flags) {

    public boolean shown() {
        return state.equals("shown");
    }

    public boolean redacted() {
        return state.equals("redacted");
    }
}
