package org.muster.knowledge;

import org.muster.platform.EventName;

/** A member flagged a help-room message for the moderators. */
@EventName("RoomMessageFlagged")
public record RoomMessageFlagged(long spaceId, long messageId, long flaggedBy, String reason) implements RoomEvent {
}
