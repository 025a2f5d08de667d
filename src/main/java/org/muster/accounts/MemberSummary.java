package org.muster.accounts;

/** What other modules show of a member beside content. */
public record MemberSummary(long id, String displayName) {
}
