package org.muster.spaces;

public record SpaceChanged(long spaceId, String slug, Visibility visibility) {
}
