package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.springframework.modulith.NamedInterface;

/** A change to what a space's help room shows: routing tells the room's open pages to fetch its messages again. */
@NamedInterface("events")
public interface RoomEvent extends DomainEvent {

    /** The room's space: a space has one room. */
    long spaceId();
}
