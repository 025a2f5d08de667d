package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * A live question's solution as metrics count it: its space and tags, and when the newest of its live
 * accepted or staff-validated answers was posted.
 */
@NamedInterface("api")
public record Solution(long questionId, long spaceId, List<String> tags, Instant postedAt) {

    public Solution {
        tags = List.copyOf(tags);
    }
}
