package org.muster.spaces;

@org.muster.platform.EventName("SpaceChanged")
public record SpaceChanged(long spaceId, String slug, Visibility visibility) implements org.muster.platform.DomainEvent {
}
