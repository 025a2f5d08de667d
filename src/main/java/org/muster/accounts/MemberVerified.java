package org.muster.accounts;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member proved the e-mail address by the link sent to it. */
@EventName("MemberVerified")
public record MemberVerified(long memberId) implements DomainEvent {
}
