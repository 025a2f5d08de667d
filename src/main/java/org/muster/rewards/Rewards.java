package org.muster.rewards;

import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Points given by staff (held as pending for a while if asked), members' balances and history, and the ledger check. */
@Service
@NamedInterface("api")
public class Rewards {

    public record MyRewards(long available, long pending, Map<String, Long> balances, List<LedgerEntry> history) {
    }

    /** A redemption as other modules may see it: whose, what, for how many points, and where it stands. */
    public record Redeemed(long id, long memberId, String itemName, long cost, String status, Instant createdAt) {
    }

    /**
     * What a partner's sponsorship did, per currency ("points" or an ISO code, money in minor units):
     * contributed into its pool, moved on into the program's budget, still in the pool, and what the
     * program's budget paid its members in all (the sponsorship's share is not told apart from others').
     */
    public record Sponsorship(Map<String, Long> contributed, Map<String, Long> toBudget, Map<String, Long> left,
                              Map<String, Long> programPaid) {
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
    private final CatalogRepository catalog;
    private final Members members;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Rewards(Ledger ledger, LedgerRepository repository, CatalogRepository catalog, Members members, MessageSource messages,
            ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.events = events;
        this.repository = repository;
        this.members = members;
        this.messages = messages;
    }

    /**
     * Staff give points from the brand's account; with holdDays they sit as pending until then. The
     * key makes a retry harmless: the same key never pays twice.
     */
    @Transactional
    public long grant(Actor actor, long memberId, long points, String reason, Integer holdDays, String key) {
        actor.require(Role.STAFF);
        var why = checkManual(points, reason, key);
        if (holdDays != null && (holdDays < 0 || holdDays > 365)) throw new Invalid("holdDays", "rewards.hold");
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "rewards.member"));
        boolean held = holdDays != null && holdDays > 0;
        return ledger.post("grant:" + key.strip(), why, "staff:" + actor.memberId(), actor.memberId(),
                held ? Instant.now().plus(Duration.ofDays(holdDays)) : null,
                List.of(Ledger.brand("points", -points), held ? Ledger.pending(memberId, "points", points)
                        : Ledger.member(memberId, "points", points)));
    }

    @Transactional(readOnly = true)
    public Optional<Redeemed> redemption(long redemptionId) {
        return catalog.redeemed(redemptionId);
    }

    /**
     * Gives a redemption's points back to its member from the catalog account, once per key: the
     * correcting entry when staff agree a reward never arrived; the redemption is then over (nothing is
     * sent for it any more). The caller decides who may.
     */
    @Transactional
    public long refund(long redemptionId, long by, String key) {
        var redeemed = catalog.redeemed(redemptionId).orElseThrow(NotFound::new);
        if (!catalog.refund(redemptionId)) throw new Conflict(null, "rewards.refunded-already");
        // Nothing more is sent for it, so the address it was to go to is not kept.
        catalog.deleteAddress(redemptionId);
        long transaction = ledger.post(key, "rewards.posting.refund", "redemption:" + redemptionId, by, null,
                List.of(Ledger.catalog(-redeemed.cost()), Ledger.member(redeemed.memberId(), "points", redeemed.cost())));
        events.publishEvent(new RedemptionRefunded(redemptionId, redeemed.memberId(), redeemed.cost(), key, by));
        return transaction;
    }

    /**
     * Staff take points back from a member into the brand's account, with a reason; never below zero
     * (409). The key makes a retry harmless.
     */
    @Transactional
    public long deduct(Actor actor, long memberId, long points, String reason, String key) {
        actor.require(Role.STAFF);
        var why = checkManual(points, reason, key);
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "rewards.member"));
        return ledger.post("deduct:" + key.strip(), why, "staff:" + actor.memberId(), actor.memberId(), null,
                List.of(Ledger.member(memberId, "points", -points), Ledger.brand("points", points)));
    }

    private static String checkManual(long points, String reason, String key) {
        var checks = new org.muster.platform.Checks();
        checks.check(points > 0 && points <= 1_000_000, "points", "rewards.points");
        var why = reason == null ? "" : reason.strip();
        checks.check(InputText.fits(why, 3, 500), "reason", "rewards.reason");
        checks.check(key != null && !key.isBlank() && key.length() <= 200, "key", "rewards.key");
        checks.refuseIfAny();
        return why;
    }

    /** A grant or deduction by staff, as the audit of them lists it. */
    public record StaffPosting(long transactionId, long memberId, String member, long points, String reason, String by,
                               Instant at) {
    }

    /** The latest points staff gave or took by hand, with who did it and why. */
    @Transactional(readOnly = true)
    public List<StaffPosting> staffPostings(Actor actor) {
        actor.require(Role.STAFF);
        var postings = repository.staffPostings(50);
        var ids = new java.util.HashSet<Long>();
        postings.forEach(p -> {
            ids.add(p.memberId());
            if (p.createdBy() != null) ids.add(p.createdBy());
        });
        var names = members.summaries(ids);
        return postings.stream().map(p -> new StaffPosting(p.transactionId(), p.memberId(), name(names, p.memberId()), p.amount(),
                p.reason(), p.createdBy() == null ? "" : name(names, p.createdBy()), p.createdAt())).toList();
    }

    private static String name(Map<Long, org.muster.accounts.MemberSummary> names, long id) {
        var summary = names.get(id);
        return summary == null ? "#" + id : summary.displayName();
    }

    /** Moves points or cash (minor units) from the brand into a program's budget; the missions module checks who may. */
    @Transactional
    public void fundProgram(long programId, String currency, long amount, long by, String key) {
        ledger.post("fund:" + key, "rewards.posting.program-budget", "program:" + programId, by, null,
                List.of(Ledger.brand(currency, -amount), Ledger.budget(programId, currency, amount)));
    }

    /** What is left in a program's budget in a currency ("points" or an ISO code). */
    @Transactional(readOnly = true)
    public long budgetLeft(long programId, String currency) {
        return repository.balanceOf(Ledger.budgetCode(programId, currency));
    }

    /**
     * Pays a member points and, if any, cash from a program's budget in one transaction, once per key;
     * refused (409) beyond the budget, so nothing is paid in part.
     */
    @Transactional
    public long payFromProgram(long programId, long memberId, long points, String currency, long cash, String reason,
                               String key, Long by) {
        var legs = new java.util.ArrayList<Ledger.Leg>();
        if (points > 0) legs.addAll(List.of(Ledger.budget(programId, "points", -points), Ledger.member(memberId, "points", points)));
        if (cash > 0) legs.addAll(List.of(Ledger.budget(programId, currency, -cash), Ledger.member(memberId, currency, cash)));
        return ledger.post(key, reason, "program:" + programId, by, null, legs);
    }

    /** A partner organisation puts money or points into its sponsor pool; the source names the partner. */
    @Transactional
    public void contributeToPool(long partnerId, String currency, long amount, long by, String key) {
        ledger.post("sponsor:" + key, "rewards.posting.partner-contribution", "partner:" + partnerId, by, null,
                List.of(Ledger.partner(partnerId, currency, -amount), Ledger.sponsorPool(partnerId, currency, amount)));
    }

    /** Moves part of a sponsor pool into a program's budget; refused (409) beyond what the pool holds. */
    @Transactional
    public void fundProgramFromPool(long partnerId, long programId, String currency, long amount, long by, String key) {
        ledger.post("fund:" + key, "rewards.posting.sponsored-budget", "partner:" + partnerId, by, null,
                List.of(Ledger.sponsorPool(partnerId, currency, -amount), Ledger.budget(programId, currency, amount)));
    }

    /** What is left in a partner's sponsor pools, by currency. */
    @Transactional(readOnly = true)
    public Map<String, Long> poolsOf(long partnerId) {
        return repository.balancesByPrefix("sponsor:" + partnerId + ":");
    }

    @Transactional(readOnly = true)
    public Sponsorship sponsorshipOf(long partnerId, long programId) {
        var contributed = new java.util.TreeMap<String, Long>();
        repository.balancesByPrefix("partner:" + partnerId + ":").forEach((currency, balance) -> contributed.put(currency, -balance));
        return new Sponsorship(contributed, repository.spentByPrefix("sponsor:" + partnerId + ":"), poolsOf(partnerId),
                repository.spentByPrefix("program:" + programId + ":"));
    }

    /** What is left in a program's budgets, by currency. */
    @Transactional(readOnly = true)
    public Map<String, Long> budgetsOf(long programId) {
        return budgetsOf(List.of(programId)).getOrDefault(programId, Map.of());
    }

    /** What is left in each program's budgets, by currency, in one read. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> budgetsOf(java.util.Collection<Long> programIds) {
        return repository.budgets(programIds);
    }

    @Transactional(readOnly = true)
    public MyRewards mine(Actor actor) {
        long memberId = actor.requireMember();
        var balances = repository.balances(memberId);
        return new MyRewards(balances.getOrDefault("member:points", 0L), balances.getOrDefault("member-pending:points", 0L),
                balances, repository.history(memberId, 100).stream().map(this::told).toList());
    }

    /**
     * Postings Muster makes itself keep a message key as their reason, told here in the reader's
     * language with the id their source names (the payout batch); a person's reason, and those
     * written before keys, are shown as written: the ledger is never rewritten.
     */
    private LedgerEntry told(LedgerEntry entry) {
        if (!entry.reason().startsWith("rewards.posting.")) return entry;
        var id = entry.source().substring(entry.source().indexOf(':') + 1);
        var reason = messages.getMessage(entry.reason(), new Object[]{id}, entry.reason(), LocaleContextHolder.getLocale());
        return new LedgerEntry(entry.id(), entry.transactionId(), entry.account(), entry.amount(), reason, entry.source(),
                entry.availableAt(), entry.createdAt());
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
            ledger.post("release:" + pending.transactionId(), "rewards.posting.hold-over", "release", null, null,
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
