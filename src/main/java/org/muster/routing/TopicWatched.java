package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member started or stopped watching a tag or a space: exactly one of {@code tag} and {@code spaceId} is set. */
@EventName("TopicWatched")
public record TopicWatched(long memberId, String tag, Long spaceId, boolean watching) implements DomainEvent {
}
