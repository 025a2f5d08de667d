package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.util.List;

/**
 * A balanced transaction entered the rewards ledger (a grant, a redemption, a program payment, a
 * budget, a payout); source names what it came from ({@code item:3}, {@code program:7}, {@code release}).
 */
@EventName("LedgerPosted")
public record LedgerPosted(long transactionId, String source, Long postedBy, List<Entry> entries) implements DomainEvent {

    /** One leg: the account it moved, its member if a member's, and the amount in minor units. */
    public record Entry(String account, Long memberId, String currency, long amount) {
    }
}
