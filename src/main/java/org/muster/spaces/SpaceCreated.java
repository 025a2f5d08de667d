package org.muster.spaces;

public record SpaceCreated(long spaceId, String slug, Visibility visibility) implements org.muster.platform.DomainEvent {
}
