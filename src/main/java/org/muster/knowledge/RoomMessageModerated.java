package org.muster.knowledge;

import org.muster.platform.EventName;

/** A moderator showed, hid, redacted or deleted a help-room message (action), with a reason. */
@EventName("RoomMessageModerated")
public record RoomMessageModerated(long spaceId, long messageId, String action, long moderatorId) implements RoomEvent {
}
