package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin removed a phrase that held posts for review. */
@EventName("SpamPhraseRemoved")
public record SpamPhraseRemoved(long removedBy) implements DomainEvent {
}
