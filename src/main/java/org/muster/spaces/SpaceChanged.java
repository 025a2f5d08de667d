package org.muster.spaces;

public record SpaceChanged(long spaceId, String slug, Visibility visibility) implements org.muster.platform.DomainEvent {
}
