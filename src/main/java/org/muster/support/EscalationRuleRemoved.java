package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin stopped a space or a tag from going to official support; rule: space:<id> or tag:<name>. */
@EventName("EscalationRuleRemoved")
public record EscalationRuleRemoved(String rule, long removedBy) implements DomainEvent {
}
