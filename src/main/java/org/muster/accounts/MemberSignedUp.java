package org.muster.accounts;

public record MemberSignedUp(long memberId) implements org.muster.platform.DomainEvent {
}
