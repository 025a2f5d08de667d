package org.muster.search;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * One logged search as insights reads it: its normalized text, who searched (null for a visitor), how
 * many results it found, whether one was opened, and the space it belongs to: the opened question's,
 * else its first result's (null when it found nothing). {@code spaces} are the spaces it looked in (null
 * for searches logged before they were kept); {@code openedSolved} whether the question opened was solved then.
 */
@NamedInterface("api")
public record LoggedSearch(long id, String normalized, Long memberId, int resultCount, boolean opened, Long spaceId,
                           List<Long> spaces, boolean openedSolved, Instant searchedAt) {
}
