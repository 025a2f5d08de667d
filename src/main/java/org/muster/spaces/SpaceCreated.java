package org.muster.spaces;

@org.muster.platform.EventName("SpaceCreated")
public record SpaceCreated(long spaceId, String slug, Visibility visibility) implements org.muster.platform.DomainEvent {
}
