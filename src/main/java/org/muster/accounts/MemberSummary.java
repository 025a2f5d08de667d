package org.muster.accounts;

import org.springframework.modulith.NamedInterface;

/** What other modules show of a member beside content. */
@NamedInterface("api")
public record MemberSummary(long id, String displayName) {
}
