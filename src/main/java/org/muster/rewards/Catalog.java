package org.muster.rewards;

import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * The reward catalog. Redeeming locks the item, checks stock, the member's limit and (for discount
 * codes) the pool, debits the points and hands out the code in one transaction: it never oversells,
 * never debits for something it cannot give, and never overdraws a member.
 */
@Service
@NamedInterface("catalog")
public class Catalog {

    public static final List<String> KINDS = List.of("discount-code", "perk", "merchandise", "donation");

    private final CatalogRepository items;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    Catalog(CatalogRepository items, Ledger ledger, ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public List<RewardItem> list() {
        return items.list();
    }

    @Transactional
    public RewardItem create(Actor actor, String name, String description, String kind, Long cost, Integer stock,
                             Integer perMemberLimit) {
        actor.require(Role.ADMIN);
        var title = name == null ? "" : name.strip();
        if (!InputText.fits(title, 2, 80)) throw new Invalid("name", "rewards.item.name");
        if (!Choices.isOneOf(kind, KINDS)) throw new Invalid("kind", "rewards.item.kind", kind);
        if (cost == null || cost <= 0 || cost > 10_000_000) throw new Invalid("cost", "rewards.item.cost");
        if (stock != null && stock < 0) throw new Invalid("stock", "rewards.item.stock");
        if (perMemberLimit != null && perMemberLimit < 1) throw new Invalid("perMemberLimit", "rewards.item.limit");
        var slug = org.muster.platform.Slugs.of(title);
        if (items.insert(slug, title, description == null ? "" : description.strip(), kind, cost, stock, perMemberLimit) < 0)
            throw new Conflict("name", "rewards.item.taken");
        var item = items.find(slug).orElseThrow();
        events.publishEvent(new CatalogItemAdded(item.id(), slug, kind, cost, actor.memberId()));
        return item;
    }

    /** Imports a pool of discount codes, one per line; codes already in the pool are skipped. */
    @Transactional
    public int addCodes(Actor actor, String slug, String lines) {
        actor.require(Role.ADMIN);
        var item = items.find(slug).orElseThrow(NotFound::new);
        if (!item.kind().equals("discount-code")) throw new Invalid("kind", "rewards.item.not-codes");
        var codes = (lines == null ? "" : lines).lines().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty() || codes.stream().anyMatch(c -> c.length() > 100)) throw new Invalid("codes", "rewards.codes");
        int added = items.addCodes(item.id(), codes);
        if (added > 0) events.publishEvent(new DiscountCodesAdded(item.id(), added, actor.memberId()));
        return added;
    }

    @Transactional
    public Redemption redeem(Actor actor, String slug) {
        long memberId = actor.requireMember();
        var item = items.lock(slug).filter(RewardItem::active).orElseThrow(NotFound::new);
        if (item.stock() != null && item.stock() <= 0) throw new Conflict(null, "rewards.out-of-stock");
        if (item.perMemberLimit() != null && items.redemptionsBy(item.id(), memberId) >= item.perMemberLimit())
            throw new Conflict(null, "rewards.limit", item.perMemberLimit());
        if (item.kind().equals("discount-code") && items.freeCodes(item.id()) == 0) throw new Conflict(null, "rewards.out-of-stock");
        long transaction = ledger.post("redeem:" + memberId + ":" + item.id() + ":" + java.util.UUID.randomUUID(),
                "Redeemed " + item.name(), "item:" + item.id(), memberId, null,
                List.of(Ledger.member(memberId, "points", -item.cost()), Ledger.catalog(item.cost())));
        items.takeOne(item.id());
        var status = item.kind().equals("merchandise") ? "awaiting-fulfilment" : "done";
        long redemption = items.insertRedemption(item.id(), memberId, item.cost(), status, transaction);
        if (item.kind().equals("discount-code"))
            items.takeCode(item.id(), redemption).orElseThrow(() -> new Conflict(null, "rewards.out-of-stock"));
        events.publishEvent(new RewardRedeemed(redemption, item.id(), memberId, item.cost(), item.kind()));
        return items.redemptionsOf(memberId).stream().filter(r -> r.id() == redemption).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Redemption> mine(Actor actor) {
        return items.redemptionsOf(actor.requireMember());
    }

    @Transactional(readOnly = true)
    public List<Redemption> awaitingFulfilment(Actor actor) {
        actor.require(Role.STAFF);
        return items.awaitingFulfilment();
    }

    /** Staff mark a merchandise redemption as sent; 409 when it was not waiting. */
    @Transactional
    public void fulfil(Actor actor, long redemptionId) {
        actor.require(Role.STAFF);
        if (!items.fulfil(redemptionId)) throw new Conflict(null, "rewards.fulfilled");
        events.publishEvent(new RedemptionFulfilled(redemptionId, actor.memberId()));
    }
}
