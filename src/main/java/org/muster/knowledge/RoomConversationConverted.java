package org.muster.knowledge;

import org.muster.platform.EventName;

import java.util.List;

/** Selected help-room messages became a question (asked by the asker) with its answer (by the helper). */
@EventName("RoomConversationConverted")
public record RoomConversationConverted(long spaceId, long questionId, long answerId, long convertedBy,
                                        List<Long> messageIds) implements RoomEvent {
}
