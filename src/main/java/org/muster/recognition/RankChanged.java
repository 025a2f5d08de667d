package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * A member's rank moved as their points and answers did: reached a higher one, or fell (reached
 * false) to a lower one; points are the total that decided it. A member's first, lowest rank is no change.
 */
@EventName("RankChanged")
public record RankChanged(long memberId, String fromRank, String toRank, int points, boolean reached) implements DomainEvent {
}
