package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin had every new question in a space, or with a tag, go to official support; rule: space:<id> or tag:<name>. */
@EventName("EscalationRuleAdded")
public record EscalationRuleAdded(String rule, long addedBy) implements DomainEvent {
}
