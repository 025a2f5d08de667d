package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin added a phrase that holds posts for review. */
@EventName("SpamPhraseAdded")
public record SpamPhraseAdded(long addedBy) implements DomainEvent {
}
