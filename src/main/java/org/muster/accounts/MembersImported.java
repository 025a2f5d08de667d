package org.muster.accounts;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Members arrived at once from another system; source names it. */
@EventName("MembersImported")
public record MembersImported(String source, int members) implements DomainEvent {
}
