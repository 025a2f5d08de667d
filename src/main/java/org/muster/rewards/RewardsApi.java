package org.muster.rewards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Rewards")
class RewardsApi {

    record Grant(Long memberId, Long points, String reason, Integer holdDays, String key) {
    }

    record NewItem(String name, String description, String kind, Long cost, Integer stock, Integer perMemberLimit) {
    }

    record Codes(String codes) {
    }

    private final Rewards rewards;
    private final Catalog catalog;

    RewardsApi(Rewards rewards, Catalog catalog) {
        this.rewards = rewards;
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/me/rewards")
    @Operation(summary = "Your points: available, pending (held), balances per account and the history of entries")
    Rewards.MyRewards mine(Actor actor) {
        return rewards.mine(actor);
    }

    @PostMapping("/api/v1/rewards/grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: give points {memberId, points, reason, holdDays, key}; the same key never pays twice")
    Map<String, Long> grant(@RequestBody Grant input, Actor actor) {
        if (input.memberId() == null) throw new org.muster.platform.Invalid("memberId", "rewards.member");
        return Map.of("transactionId", rewards.grant(actor, input.memberId(), input.points() == null ? 0 : input.points(),
                input.reason(), input.holdDays(), input.key()));
    }

    record Deduction(Long memberId, Long points, String reason, String key) {
    }

    @PostMapping("/api/v1/rewards/deductions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: take points back from a member {memberId, points, reason, key}; never below zero (409); "
            + "the same key never deducts twice")
    Map<String, Long> deduct(@RequestBody Deduction input, Actor actor) {
        if (input.memberId() == null) throw new org.muster.platform.Invalid("memberId", "rewards.member");
        return Map.of("transactionId", rewards.deduct(actor, input.memberId(), input.points() == null ? 0 : input.points(),
                input.reason(), input.key()));
    }

    @GetMapping("/api/v1/rewards/grants")
    @Operation(summary = "Staff: the latest points staff gave or took by hand: member, points (negative when taken), reason, by whom, when")
    List<Rewards.StaffPosting> grants(Actor actor) {
        return rewards.staffPostings(actor);
    }

    @GetMapping("/api/v1/rewards/check")
    @Operation(summary = "Staff: the ledger check (all balances sum to zero, balances match entries, no member overdrawn)")
    Rewards.Check check(Actor actor) {
        return rewards.check(actor);
    }

    @GetMapping("/api/v1/rewards/items")
    @Operation(summary = "The reward catalog")
    List<RewardItem> items() {
        return catalog.list();
    }

    @PostMapping("/api/v1/rewards/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: add an item {name, description, kind: discount-code|perk|merchandise|donation, cost, stock, perMemberLimit}")
    RewardItem create(@RequestBody NewItem input, Actor actor) {
        return catalog.create(actor, input.name(), input.description(), input.kind(), input.cost(), input.stock(),
                input.perMemberLimit());
    }

    @PostMapping("/api/v1/rewards/items/{slug}/codes")
    @Operation(summary = "Admins: import discount codes {codes: one per line}; answers how many were new")
    Map<String, Integer> codes(@PathVariable String slug, @RequestBody Codes input, Actor actor) {
        return Map.of("added", catalog.addCodes(actor, slug, input.codes()));
    }

    record RedeemInput(ShippingAddress shippingAddress) {
    }

    @PostMapping("/api/v1/rewards/items/{slug}/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Redeem points for an item {shippingAddress: {name, street, postcode, city, country}, for merchandise only; kept until it is sent}; 400 naming the address field at fault; 409 when out of stock, over the member limit or short of points")
    Redemption redeem(@PathVariable String slug, @RequestBody(required = false) RedeemInput input, Actor actor) {
        return catalog.redeem(actor, slug, input == null ? null : input.shippingAddress());
    }

    @GetMapping("/api/v1/me/redemptions")
    @Operation(summary = "Your redemptions, with discount codes")
    List<Redemption> redemptions(Actor actor) {
        return catalog.mine(actor);
    }

    @GetMapping("/api/v1/rewards/fulfilment")
    @Operation(summary = "Staff: merchandise redemptions waiting to be sent, each with its shipping address (erased once marked sent)")
    List<Catalog.ToSend> toSend(Actor actor) {
        return catalog.awaitingFulfilment(actor);
    }

    @PostMapping("/api/v1/redemptions/{id}/fulfilled")
    @Operation(summary = "Staff: mark a merchandise redemption as sent; its shipping address is erased")
    Map<String, String> fulfil(@PathVariable long id, Actor actor) {
        catalog.fulfil(actor, id);
        return Map.of("status", "fulfilled");
    }
}
