package org.muster.rewards;

import org.muster.platform.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts balanced transactions. Each carries an idempotency key: a retry with the same key returns the
 * first posting and writes nothing. Accounts are locked in code order, so concurrent postings never
 * deadlock, and a member's account never goes below zero.
 */
@Component
class Ledger {

    /** One leg of a transaction: an account by its code, and the signed amount. */
    record Leg(String code, Long memberId, String kind, String currency, long amount) {
    }

    static final String BRAND_POINTS = "brand:points";
    static final String CATALOG_POINTS = "catalog:points";

    private final LedgerRepository ledger;

    private final ApplicationEventPublisher events;

    Ledger(LedgerRepository ledger, ApplicationEventPublisher events) {
        this.events = events;
        this.ledger = ledger;
    }

    /** Returns the transaction id; the existing one when the key was used before. */
    @Transactional(propagation = Propagation.MANDATORY)
    long post(String key, String reason, String source, Long by, Instant availableAt, List<Leg> legs) {
        if (legs.stream().mapToLong(Leg::amount).sum() != 0) throw new IllegalArgumentException("unbalanced: " + legs);
        var existing = ledger.transactionFor(key);
        if (existing.isPresent()) return existing.get();
        var accounts = new LinkedHashMap<String, LedgerRepository.Account>();
        legs.stream().sorted(Comparator.comparing(Leg::code)).forEach(leg ->
                accounts.computeIfAbsent(leg.code(), code -> ledger.lock(code, leg.memberId(), leg.kind(), leg.currency())));
        for (var leg : legs) {
            var account = accounts.get(leg.code());
            if (account.memberId() != null && account.balance() + leg.amount() < 0)
                throw new Conflict(null, "rewards.balance.insufficient", account.balance());
            if (List.of("budget", "sponsor").contains(account.kind()) && account.balance() + leg.amount() < 0)
                throw new Conflict(null, "rewards.budget.exhausted", account.balance());
        }
        var id = ledger.insertTransaction(key, reason, source, by, availableAt);
        if (id.isEmpty()) return ledger.transactionFor(key).orElseThrow();
        for (var leg : legs) ledger.insertEntry(id.get(), accounts.get(leg.code()).id(), leg.amount());
        events.publishEvent(new LedgerPosted(id.get(), source, by, legs.stream()
                .map(leg -> new LedgerPosted.Entry(leg.code(), leg.memberId(), leg.currency(), leg.amount())).toList()));
        return id.get();
    }

    static Leg member(long memberId, String currency, long amount) {
        return new Leg("member:" + memberId + ":" + currency, memberId, "member", currency, amount);
    }

    static Leg pending(long memberId, String currency, long amount) {
        return new Leg("member:" + memberId + ":" + currency + ":pending", memberId, "member-pending", currency, amount);
    }

    static Leg brand(String currency, long amount) {
        return new Leg("brand:" + currency, null, "brand", currency, amount);
    }

    static Leg budget(long programId, String currency, long amount) {
        return new Leg(budgetCode(programId, currency), null, "budget", currency, amount);
    }

    static String budgetCode(long programId, String currency) {
        return "program:" + programId + ":" + currency;
    }

    /** What a partner organisation has put in: it grows negative as they contribute. */
    static Leg partner(long partnerId, String currency, long amount) {
        return new Leg("partner:" + partnerId + ":" + currency, null, "partner", currency, amount);
    }

    /** A partner's sponsor pool, spent on program budgets; never below zero. */
    static Leg sponsorPool(long partnerId, String currency, long amount) {
        return new Leg(sponsorCode(partnerId, currency), null, "sponsor", currency, amount);
    }

    static String sponsorCode(long partnerId, String currency) {
        return "sponsor:" + partnerId + ":" + currency;
    }

    /** Cash on its way to members' bank accounts in an exported batch, and cash paid out. */
    static Leg payout(String state, String currency, long amount) {
        return new Leg("payout:" + currency + ":" + state, null, "payout", currency, amount);
    }

    static Leg catalog(long amount) {
        return new Leg(CATALOG_POINTS, null, "catalog", "points", amount);
    }

    Map<String, Long> balances(long memberId) {
        return ledger.balances(memberId);
    }
}
