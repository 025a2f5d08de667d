package org.muster.knowledge;

import org.muster.spaces.Space;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * Selected help-room messages about to become a question with its answer: the asker (author of the first
 * message) asks with their messages, the helper (the other author) answers with theirs, the answer opening
 * with the summary. title: the prefilled question title.
 */
@NamedInterface("api")
public record RoomConversation(Space space, String title, long askerId, String askerName, long helperId,
                               String helperName, List<RoomMessage> asked, List<RoomMessage> answered, String summary) {
}
