package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member saved their peer profile (where, how far, interests, weekly hours, open to matching); only whether they take matches travels here. */
@EventName("PeerProfileSaved")
public record PeerProfileSaved(long memberId, boolean matching) implements DomainEvent {
}
