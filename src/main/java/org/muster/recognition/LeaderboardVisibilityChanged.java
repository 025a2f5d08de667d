package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member left the leaderboards (hidden) or came back to them. */
@EventName("LeaderboardVisibilityChanged")
public record LeaderboardVisibilityChanged(long memberId, boolean hidden) implements DomainEvent {
}
