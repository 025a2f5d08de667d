package org.muster.rewards;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Points given by staff (held as pending for a while if asked), members' balances and history, and the ledger check. */
@Service
public class Rewards {

    public record MyRewards(long available, long pending, Map<String, Long> balances, List<LedgerEntry> history) {
    }

    public record Check(long sumOfBalances, long sumOfEntries, long accountsOff, long unbalancedTransactions,
                        long negativeMemberAccounts, boolean ok) {

        static Check of(long sumOfBalances, long sumOfEntries, long accountsOff, long unbalanced, long negative) {
            return new Check(sumOfBalances, sumOfEntries, accountsOff, unbalanced, negative,
                    sumOfBalances == 0 && sumOfEntries == 0 && accountsOff == 0 && unbalanced == 0 && negative == 0);
        }
    }

    private final Ledger ledger;
    private final LedgerRepository repository;
    private final Members members;

    Rewards(Ledger ledger, LedgerRepository repository, Members members) {
        this.ledger = ledger;
        this.repository = repository;
        this.members = members;
    }

    /**
     * Staff give points from the brand's account; with holdDays they sit as pending until then. The
     * key makes a retry harmless: the same key never pays twice.
     */
    @Transactional
    public long grant(Actor actor, long memberId, long points, String reason, Integer holdDays, String key) {
        actor.require(Role.STAFF);
        if (points <= 0 || points > 1_000_000) throw new Invalid("points", "rewards.points");
        var why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) throw new Invalid("reason", "rewards.reason");
        if (key == null || key.isBlank() || key.length() > 200) throw new Invalid("key", "rewards.key");
        if (holdDays != null && (holdDays < 0 || holdDays > 365)) throw new Invalid("holdDays", "rewards.hold");
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "rewards.member"));
        boolean held = holdDays != null && holdDays > 0;
        return ledger.post("grant:" + key.strip(), why, "staff:" + actor.memberId(), actor.memberId(),
                held ? Instant.now().plus(Duration.ofDays(holdDays)) : null,
                List.of(Ledger.brand("points", -points), held ? Ledger.pending(memberId, "points", points)
                        : Ledger.member(memberId, "points", points)));
    }

    /** Moves points from the brand into a program's budget; the missions module checks who may. */
    @Transactional
    public void fundProgram(long programId, long points, long by, String key) {
        ledger.post("fund:" + key, "Program budget", "program:" + programId, by, null,
                List.of(Ledger.brand("points", -points), Ledger.budget(programId, points)));
    }

    /** What is left in a program's budget. */
    @Transactional(readOnly = true)
    public long budgetLeft(long programId) {
        return repository.balanceOf("program:" + programId + ":points");
    }

    /** Pays a member from a program's budget, once per key; refused (409) beyond the budget. */
    @Transactional
    public long payFromProgram(long programId, long memberId, long points, String reason, String key, Long by) {
        return ledger.post(key, reason, "program:" + programId, by, null,
                List.of(Ledger.budget(programId, -points), Ledger.member(memberId, "points", points)));
    }

    @Transactional(readOnly = true)
    public MyRewards mine(Actor actor) {
        long memberId = actor.requireMember();
        var balances = repository.balances(memberId);
        return new MyRewards(balances.getOrDefault("member:points", 0L), balances.getOrDefault("member-pending:points", 0L),
                balances, repository.history(memberId, 100));
    }

    /** Moves held earnings whose hold has passed to the member's available balance; safe on every node. */
    @Scheduled(fixedDelayString = "${muster.rewards.release-poll:PT1M}")
    @Transactional
    public int releaseDue() {
        return releaseDue(Instant.now());
    }

    @Transactional
    int releaseDue(Instant now) {
        int released = 0;
        for (var pending : repository.due(now, 200)) {
            ledger.post("release:" + pending.transactionId(), "Hold period over", "release", null, null,
                    List.of(Ledger.pending(pending.memberId(), pending.currency(), -pending.amount()),
                            Ledger.member(pending.memberId(), pending.currency(), pending.amount())));
            released++;
        }
        return released;
    }

    /** Proves the books: all balances and all entries sum to zero, balances match entries, no member is overdrawn. */
    @Transactional(readOnly = true)
    public Check check(Actor actor) {
        actor.require(Role.STAFF);
        var c = repository.check();
        return Check.of(c[0], c[1], c[2], c[3], repository.negativeMemberAccounts());
    }
}
