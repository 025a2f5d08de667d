package org.muster.accounts;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A new member hid the first-steps tips on the home page. */
@EventName("FirstStepsDismissed")
public record FirstStepsDismissed(long memberId) implements DomainEvent {
}
