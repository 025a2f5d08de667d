package org.muster.knowledge;

import org.muster.spaces.Space;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * A space's help room as its reader sees it: messages oldest first; earlier, later: whether older or newer
 * ones exist (the page then links to them); mayPost: the reader may write here; mayModerate: the reader hides and redacts.
 */
@NamedInterface("api")
public record HelpRoom(Space space, List<RoomMessage> messages, boolean earlier, boolean later, boolean mayPost, boolean mayModerate) {
}
