package org.muster.accounts;

public record MemberSignedUp(long memberId) {
}
