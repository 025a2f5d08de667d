package org.muster.accounts;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member set a new password through a reset link; every session of his was signed out. */
@EventName("PasswordReset")
public record PasswordReset(long memberId) implements DomainEvent {
}
