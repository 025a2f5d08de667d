package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member made a new secret calendar address; the old one stopped working. Never carries the key. */
@EventName("CalendarAddressReplaced")
public record CalendarAddressReplaced(long memberId) implements DomainEvent {
}
