package org.muster.knowledge;

import org.muster.platform.EventName;

/** A member posted a message in a space's help room; held: the spam checks keep it for a moderator. */
@EventName("RoomMessagePosted")
public record RoomMessagePosted(long spaceId, long messageId, long authorId, boolean held) implements RoomEvent {
}
