package org.muster.spaces;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/** A space the reader sees, in detail, and every space he sees (by name), for a page that shows both. */
@NamedInterface("api")
public record SpaceView(SpaceDetails details, List<Space> visible) {

    public List<Long> visibleIds() {
        return visible.stream().map(Space::id).toList();
    }
}
