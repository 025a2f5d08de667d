package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member said what moves him to help (empty: no longer says). */
@EventName("SuperfanMotivationSet")
public record SuperfanMotivationSet(long memberId, String motivation) implements DomainEvent {
}
