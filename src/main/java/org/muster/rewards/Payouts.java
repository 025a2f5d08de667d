package org.muster.rewards;

import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.CsvCells;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cash earnings go to members in batches: exporting moves every available cash balance of a currency
 * into transit and gives finance a CSV with totals; only when staff confirm the transfer is the batch
 * paid. A cancelled batch gives the money back. Each step is a ledger transaction with its own key.
 */
@Service
@NamedInterface("payouts")
public class Payouts {

    private final PayoutRepository payouts;
    private final Ledger ledger;
    private final Members members;

    private final ApplicationEventPublisher events;

    Payouts(PayoutRepository payouts, Ledger ledger, Members members, ApplicationEventPublisher events) {
        this.events = events;
        this.payouts = payouts;
        this.ledger = ledger;
        this.members = members;
    }

    @Transactional
    public PayoutBatch export(Actor actor, String currency) {
        actor.require(Role.STAFF);
        var code = Currencies.iso(currency, "currency");
        payouts.lockCurrency(code);
        var owed = payouts.owed(code);
        if (owed.isEmpty()) throw new Conflict("currency", "rewards.payout.nothing", code);
        long total = owed.stream().mapToLong(PayoutRepository.Owed::balance).sum();
        long batch = payouts.insertBatch(code, total, actor.memberId());
        for (var o : owed) {
            long tx = ledger.post("payout:" + batch + ":" + o.memberId(), "rewards.posting.payout", "payout:" + batch,
                    actor.memberId(), null, List.of(Ledger.member(o.memberId(), code, -o.balance()),
                            Ledger.payout("in-transit", code, o.balance())));
            payouts.insertPayout(batch, o.memberId(), o.balance(), tx);
        }
        events.publishEvent(new PayoutBatchExported(batch, code, total, owed.size(), actor.memberId()));
        return payouts.find(batch).orElseThrow();
    }

    /** Staff confirm that finance transferred the money. */
    @Transactional
    public PayoutBatch confirmPaid(Actor actor, long batchId) {
        actor.require(Role.STAFF);
        var batch = exported(batchId);
        ledger.post("payout-paid:" + batchId, "rewards.posting.payout-paid", "payout:" + batchId, actor.memberId(), null,
                List.of(Ledger.payout("in-transit", batch.currency(), -batch.total()), Ledger.payout("paid", batch.currency(), batch.total())));
        payouts.setStatus(batchId, "paid", actor.memberId());
        events.publishEvent(new PayoutBatchPaid(batchId, batch.currency(), batch.total(), actor.memberId()));
        return payouts.find(batchId).orElseThrow();
    }

    /** The batch was not paid: each member's money goes back to their balance. */
    @Transactional
    public PayoutBatch cancel(Actor actor, long batchId) {
        actor.require(Role.STAFF);
        var batch = exported(batchId);
        for (var p : payouts.payouts(batchId))
            ledger.post("payout-cancel:" + batchId + ":" + p.memberId(), "rewards.posting.payout-cancelled",
                    "payout:" + batchId, actor.memberId(), null, List.of(Ledger.payout("in-transit", batch.currency(), -p.amount()),
                            Ledger.member(p.memberId(), batch.currency(), p.amount())));
        payouts.setStatus(batchId, "cancelled", actor.memberId());
        events.publishEvent(new PayoutBatchCancelled(batchId, batch.currency(), batch.total(), actor.memberId()));
        return payouts.find(batchId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PayoutBatch> batches(Actor actor) {
        actor.require(Role.STAFF);
        return payouts.batches();
    }

    /** The batch for finance: one row per member with name, e-mail and amount, then the total. */
    @Transactional(readOnly = true)
    public void csv(Actor actor, long batchId, Writer out) {
        actor.require(Role.STAFF);
        var batch = payouts.find(batchId).orElseThrow(NotFound::new);
        var rows = payouts.payouts(batchId);
        var people = members.profiles(rows.stream().map(Payout::memberId).toList()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        try {
            out.write("batch,payout,member_id,name,email,amount,currency,status\n");
            for (var p : rows) {
                var m = people.get(p.memberId());
                out.write(String.join(",", String.valueOf(batchId), String.valueOf(p.id()), String.valueOf(p.memberId()),
                        CsvCells.of(m.displayName()), CsvCells.of(m.email()), Currencies.decimal(p.amount(), batch.currency()),
                        batch.currency(), batch.status()) + "\n");
            }
            out.write(String.join(",", String.valueOf(batchId), "total", "", "", String.valueOf(rows.size()) + " payouts",
                    Currencies.decimal(batch.total(), batch.currency()), batch.currency(), batch.status()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public List<Payout> mine(Actor actor) {
        return payouts.payoutsOf(actor.requireMember());
    }

    private PayoutBatch exported(long batchId) {
        var batch = payouts.lock(batchId).orElseThrow(NotFound::new);
        if (!batch.status().equals("exported")) throw new Conflict(null, "rewards.payout.closed", batch.status());
        return batch;
    }
}
