package org.muster.rewards;

import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    /** An active item of the catalog; 404 otherwise. */
    @Transactional(readOnly = true)
    public RewardItem item(String slug) {
        return items.find(slug).filter(RewardItem::active).orElseThrow(NotFound::new);
    }

    @Transactional
    public RewardItem create(Actor actor, String name, String description, String kind, Long cost, Integer stock,
                             Integer perMemberLimit) {
        var title = name == null ? "" : name.strip();
        checkItem(actor, name, kind, cost, stock, perMemberLimit).refuseIfAny();
        var slug = org.muster.platform.Slugs.of(title);
        if (items.insert(slug, title, description == null ? "" : description.strip(), kind, cost, stock, perMemberLimit) < 0)
            throw new Conflict("name", "rewards.item.taken");
        var item = items.find(slug).orElseThrow();
        events.publishEvent(new CatalogItemAdded(item.id(), slug, kind, cost, actor.memberId()));
        return item;
    }

    /** Every problem of a new item's input at once, without writing anything; a form adds its own to them. */
    public org.muster.platform.Checks checkItem(Actor actor, String name, String kind, Long cost, Integer stock, Integer perMemberLimit) {
        actor.require(Role.ADMIN);
        var checks = new org.muster.platform.Checks();
        checks.check(InputText.fits(name == null ? "" : name.strip(), 2, 80), "name", "rewards.item.name");
        checks.check(Choices.isOneOf(kind, KINDS), "kind", "rewards.item.kind", kind);
        checks.check(cost != null && cost > 0 && cost <= 10_000_000, "cost", "rewards.item.cost");
        checks.check(stock == null || stock >= 0, "stock", "rewards.item.stock");
        checks.check(perMemberLimit == null || perMemberLimit >= 1, "perMemberLimit", "rewards.item.limit");
        return checks;
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

    /** An item of the catalog as one member sees it: why they cannot redeem it now, or null when they can. */
    public record ItemChoice(RewardItem item, MessageSourceResolvable unavailable) {
    }

    /** The catalog for a member with this many points available: each item says why it cannot be redeemed, if so. */
    @Transactional(readOnly = true)
    public List<ItemChoice> choices(Actor actor, long available) {
        long memberId = actor.requireMember();
        var taken = items.redemptionCountsBy(memberId);
        var codes = items.freeCodeCounts();
        return items.list().stream().map(item -> new ItemChoice(item, unavailable(item, available,
                taken.getOrDefault(item.id(), 0), codes.getOrDefault(item.id(), 0)))).toList();
    }

    private static MessageSourceResolvable unavailable(RewardItem item, long available, int taken, int freeCodes) {
        if (item.stock() != null && item.stock() <= 0 || item.kind().equals("discount-code") && freeCodes == 0)
            return why("rewards.out-of-stock");
        if (item.perMemberLimit() != null && taken >= item.perMemberLimit()) return why("rewards.limit", item.perMemberLimit());
        if (item.cost() > available) return why("rewards.need-points", item.cost() - available);
        return null;
    }

    private static MessageSourceResolvable why(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[]{key}, args, key);
    }

    /**
     * Redeems an item; merchandise needs the address to send it to, kept only until it is sent. The
     * address never goes into the event or the ledger.
     */
    @Transactional
    public Redemption redeem(Actor actor, String slug, ShippingAddress address) {
        long memberId = actor.requireMember();
        var item = items.lock(slug).filter(RewardItem::active).orElseThrow(NotFound::new);
        if (item.kind().equals("merchandise")) {
            if (address == null) throw new Invalid("name", "rewards.address.missing");
            var problems = address.problems();
            if (!problems.isEmpty()) throw problems.getFirst();
        }
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
        if (item.kind().equals("merchandise")) items.insertAddress(redemption, address.stripped());
        if (item.kind().equals("discount-code"))
            items.takeCode(item.id(), redemption).orElseThrow(() -> new Conflict(null, "rewards.out-of-stock"));
        events.publishEvent(new RewardRedeemed(redemption, item.id(), memberId, item.cost(), item.kind()));
        return items.redemptionsOf(memberId).stream().filter(r -> r.id() == redemption).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Redemption> mine(Actor actor) {
        return items.redemptionsOf(actor.requireMember());
    }

    /** Merchandise to send, with where to: staff who fulfil it see the address until they mark it sent. */
    public record ToSend(Redemption redemption, ShippingAddress address) {
    }

    @Transactional(readOnly = true)
    public List<ToSend> awaitingFulfilment(Actor actor) {
        actor.require(Role.STAFF);
        var waiting = items.awaitingFulfilment();
        var addresses = items.addresses(waiting.stream().map(Redemption::id).toList());
        return waiting.stream().map(r -> new ToSend(r, addresses.get(r.id()))).toList();
    }

    /** Staff mark a merchandise redemption as sent, which erases its address; 409 when it was not waiting. */
    @Transactional
    public void fulfil(Actor actor, long redemptionId) {
        actor.require(Role.STAFF);
        if (!items.fulfil(redemptionId)) throw new Conflict(null, "rewards.fulfilled");
        items.deleteAddress(redemptionId);
        events.publishEvent(new RedemptionFulfilled(redemptionId, actor.memberId()));
    }
}
