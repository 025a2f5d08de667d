package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A champion wrote or changed a tag's description. */
@EventName("TagDescribed")
public record TagDescribed(long tagId, String name, long describedBy) implements DomainEvent {
}
