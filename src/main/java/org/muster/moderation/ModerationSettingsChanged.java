package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin changed moderation thresholds; names: the settings given. */
@EventName("ModerationSettingsChanged")
public record ModerationSettingsChanged(java.util.List<String> names, long changedBy) implements DomainEvent {
}
