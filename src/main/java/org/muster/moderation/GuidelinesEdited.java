package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin edited the community guidelines. */
@EventName("GuidelinesEdited")
public record GuidelinesEdited(long editedBy) implements DomainEvent {
}
