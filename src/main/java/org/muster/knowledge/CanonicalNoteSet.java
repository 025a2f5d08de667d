package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** Staff or a champion of its tags set what a canonical answer applies to and its review day. */
@EventName("CanonicalNoteSet")
public record CanonicalNoteSet(long questionId, long answerId, long setBy) implements QuestionEvent {
}
