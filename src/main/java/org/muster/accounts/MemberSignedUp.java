package org.muster.accounts;

@org.muster.platform.EventName("MemberSignedUp")
public record MemberSignedUp(long memberId) implements org.muster.platform.DomainEvent {
}
