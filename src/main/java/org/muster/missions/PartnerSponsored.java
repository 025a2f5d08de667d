package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A partner's contribution was recorded: into its pool (amount) and on into the program's budget (toBudget); the key is the caller's, a retry repeats it. */
@EventName("PartnerSponsored")
public record PartnerSponsored(long partnerId, long programId, String currency, long amount, long toBudget, String key) implements DomainEvent {
}
