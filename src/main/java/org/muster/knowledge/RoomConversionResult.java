package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

/** The question a conversation became and its answer. */
@NamedInterface("api")
public record RoomConversionResult(long questionId, long answerId) {
}
