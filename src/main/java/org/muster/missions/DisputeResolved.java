package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * Staff resolved a dispute with a reason: outcome accepted (the item is corrected; correctionPoints
 * were paid by a correcting ledger entry, or null when nothing was due) or rejected.
 */
@EventName("DisputeResolved")
public record DisputeResolved(long disputeId, String kind, long itemId, long memberId, String outcome, long resolvedBy,
                              Long correctionPoints) implements DomainEvent {
}
