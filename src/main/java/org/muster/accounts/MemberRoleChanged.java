package org.muster.accounts;

import org.muster.platform.Role;

@org.muster.platform.EventName("MemberRoleChanged")
public record MemberRoleChanged(long memberId, Role from, Role to, long changedBy) implements org.muster.platform.DomainEvent {
}
