package org.muster.knowledge;

import org.muster.spaces.Space;
import org.springframework.modulith.NamedInterface;

/** A help-room message that matched a search, with the space whose room it is in. */
@NamedInterface("api")
public record RoomSearchHit(Space space, RoomMessage message) {
}
