package org.muster.insights;

import org.muster.platform.Delivery;
import org.muster.platform.EventLog;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.rewards.LedgerPosted;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.function.LongConsumer;

/**
 * The rewards ledger's legs that the peer army's figures read, from each posting's event (it carries
 * every leg), on the day it was posted: members' points (available and pending), the catalog's side of
 * redemptions, program budgets and partners' sponsor pools. The ledger is append-only, so following it
 * and replaying it give the same legs.
 */
@Component
class RewardFacts implements FeedSubscriber, DerivedFacts {

    private final PeerArmyFacts facts;
    private final Subscriptions subscriptions;
    private final EventLog log;

    RewardFacts(PeerArmyFacts facts, Subscriptions subscriptions, EventLog log) {
        this.facts = facts;
        this.subscriptions = subscriptions;
        this.log = log;
    }

    @Override
    public String subscription() {
        return "insights.rewards";
    }

    void on(LedgerPosted posted, Delivery delivery) {
        var legs = new LinkedHashMap<String, PeerArmyFacts.Leg>();
        for (var entry : posted.entries()) {
            var leg = leg(posted.transactionId(), entry, delivery);
            if (leg == null) continue;
            legs.merge(leg.kind() + ":" + leg.ownerId() + ":" + leg.currency(), leg, (a, b) ->
                    new PeerArmyFacts.Leg(a.transactionId(), a.kind(), a.ownerId(), a.currency(), a.amount() + b.amount(), a.postedAt()));
        }
        facts.putLegs(legs.values());
    }

    /**
     * The leg as figures read it, by the account's code as the ledger names accounts
     * ({@code member:7:points}, {@code member:7:points:pending}, {@code catalog:points}, {@code program:3:EUR},
     * {@code sponsor:2:EUR}); other accounts (the brand, partners' contributions, payouts) are no figure's.
     */
    private static PeerArmyFacts.Leg leg(long transactionId, LedgerPosted.Entry entry, Delivery delivery) {
        var parts = entry.account().split(":");
        String kind = switch (parts[0]) {
            case "member" -> parts.length == 4 && parts[3].equals("pending") ? "pending" : "member";
            case "catalog" -> "catalog";
            case "program" -> "budget";
            case "sponsor" -> "pool";
            default -> null;
        };
        if (kind == null) return null;
        long owner = kind.equals("catalog") ? 0 : Long.parseLong(parts[1]);
        return new PeerArmyFacts.Leg(transactionId, kind, owner, entry.currency(), entry.amount(), delivery.occurredAt());
    }

    @Override
    public String label() {
        return "insights.rebuild.rewards";
    }

    /** The feed's length: a rebuild replays all of it. */
    @Override
    public long size() {
        return log.head().id();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.clearLedger();
        done.accept(subscriptions.replay(this, FeedPosition.START));
    }
}
