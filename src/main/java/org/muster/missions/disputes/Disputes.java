package org.muster.missions.disputes;

import org.muster.accounts.Members;
import org.muster.missions.DisputeCommented;
import org.muster.missions.DisputeOpened;
import org.muster.missions.DisputeResolved;
import org.muster.missions.common.MissionRepository;
import org.muster.missions.shifts.Attendance;
import org.muster.missions.tasks.Tasks;
import org.muster.moderation.Redactions;
import org.muster.platform.Actor;
import org.muster.platform.Choices;
import org.muster.platform.Conflict;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Disputes: a member who disagrees with a task review, declined hours, a no-show or a reward that did
 * not arrive opens one from that item, with a reason; staff resolve it with a reason. Accepting
 * corrects the item where it lives (the proof counts as accepted, the hours as approved, the no-show
 * is cleared, the redemption's points go back), paid by a ledger entry where money or points are due.
 * Only the member and staff ever see a dispute; anyone else gets 404, as if it did not exist.
 */
@Service
@NamedInterface("disputes")
public class Disputes {

    public static final List<String> KINDS = List.of("task-review", "hours", "no-show", "reward");

    /** A dispute with everything that happened to it, in order. */
    public record History(Dispute dispute, List<DisputeComment> comments) {
    }

    /** How many disputes of a kind were opened in a period and where they stand now: open, accepted or rejected. */
    public record Count(String kind, String outcome, long disputes) {
    }

    /** What a member disputes, as it is now. */
    private record Item(long memberId, String subject, boolean disputable) {
    }

    private final DisputeRepository disputes;
    private final Tasks tasks;
    private final Attendance attendance;
    private final MissionRepository missions;
    private final Rewards rewards;
    private final Members members;
    private final Redactions redactions;
    private final ApplicationEventPublisher events;

    Disputes(DisputeRepository disputes, Tasks tasks, Attendance attendance, MissionRepository missions, Rewards rewards,
             Members members, Redactions redactions, ApplicationEventPublisher events) {
        this.disputes = disputes;
        this.tasks = tasks;
        this.attendance = attendance;
        this.missions = missions;
        this.rewards = rewards;
        this.members = members;
        this.redactions = redactions;
        this.events = events;
    }

    /** 404 for an item that is not the member's own; 409 when it is not in a state one can dispute, or is disputed already. */
    @Transactional
    public Dispute open(Actor actor, String kind, long itemId, String reason) {
        long memberId = actor.requireMember();
        if (!Choices.isOneOf(kind, KINDS)) throw new Invalid("kind", "dispute.kind", String.join(", ", KINDS));
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 5, 2000)) throw new Invalid("reason", "dispute.reason.missing");
        var item = item(kind, itemId);
        if (item.memberId() != memberId) throw new NotFound();
        if (!item.disputable()) throw new Conflict("reason", "dispute.not-disputable." + kind);
        long id = disputes.insert(kind, itemId, memberId, item.subject(), redactions.mask(why, Redactions.Source.MISSIONS))
                .orElseThrow(() -> new Conflict("reason", "dispute.exists"));
        events.publishEvent(new DisputeOpened(id, kind, itemId, memberId));
        return named(List.of(disputes.find(id).orElseThrow())).getFirst();
    }

    @Transactional(readOnly = true)
    public History history(Actor actor, long disputeId) {
        var dispute = visible(actor, disputeId);
        var comments = disputes.comments(disputeId);
        var names = members.summaries(Stream.concat(Stream.of(dispute.memberId()), Stream.concat(
                Stream.ofNullable(dispute.resolvedBy()), comments.stream().map(DisputeComment::authorId))).distinct().toList());
        return new History(named(List.of(dispute)).getFirst(), comments.stream().map(c -> c.named(
                names.containsKey(c.authorId()) ? names.get(c.authorId()).displayName() : null)).toList());
    }

    /** The member and staff talk in the dispute's history while it is open. */
    @Transactional
    public DisputeComment comment(Actor actor, long disputeId, String body) {
        long authorId = actor.requireMember();
        var text = body == null ? "" : body.strip();
        if (!InputText.fits(text, 2, 2000)) throw new Invalid("body", "dispute.comment.invalid");
        var dispute = disputes.lock(disputeId).filter(d -> d.memberId() == authorId || actor.has(Role.STAFF))
                .orElseThrow(NotFound::new);
        if (!dispute.open()) throw new Conflict("body", "dispute.resolved");
        long id = disputes.insertComment(disputeId, authorId, redactions.mask(text, Redactions.Source.MISSIONS));
        events.publishEvent(new DisputeCommented(disputeId, id, authorId, dispute.memberId()));
        return disputes.comments(disputeId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /**
     * decision accept or reject, always with a reason the member reads. Accepting corrects the item;
     * the correction's ledger key is the one the item's own payment uses, so it is never paid twice.
     */
    @Transactional
    public Dispute resolve(Actor actor, long disputeId, String decision, String reason) {
        actor.require(Role.STAFF);
        if (!Choices.isOneOf(decision, List.of("accept", "reject"))) throw new Invalid("decision", "dispute.decision.missing");
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 2000)) throw new Invalid("reason", "dispute.resolution");
        var dispute = disputes.lock(disputeId).orElseThrow(NotFound::new);
        if (!dispute.open()) throw new Conflict("decision", "dispute.resolved");
        Long points = null;
        String key = null;
        if (decision.equals("accept")) {
            switch (dispute.kind()) {
                case "task-review" -> {
                    var submission = tasks.acceptDisputed(dispute.itemId(), actor.memberId(), why);
                    points = due(missions.findById(submission.missionId()).orElseThrow().rewardPoints());
                    key = "mission:" + dispute.itemId();
                }
                case "hours" -> {
                    var signup = attendance.approveDisputedHours(dispute.itemId(), actor.memberId(), why);
                    var entry = attendance.entry(signup.id()).orElseThrow();
                    points = due(missions.find(entry.missionSlug()).orElseThrow().rewardPoints());
                    key = "shift:" + dispute.itemId();
                }
                case "no-show" -> attendance.clearDisputedNoShow(dispute.itemId());
                case "reward" -> {
                    key = "dispute:" + disputeId;
                    rewards.refund(dispute.itemId(), actor.memberId(), key);
                    points = rewards.redemption(dispute.itemId()).orElseThrow().cost();
                }
                default -> throw new IllegalStateException(dispute.kind());
            }
            if (points == null) key = null;
        }
        var outcome = decision.equals("accept") ? "accepted" : "rejected";
        disputes.resolve(disputeId, outcome, why, actor.memberId(), points, key);
        events.publishEvent(new DisputeResolved(disputeId, dispute.kind(), dispute.itemId(), dispute.memberId(), outcome,
                actor.memberId(), points));
        return named(List.of(disputes.find(disputeId).orElseThrow())).getFirst();
    }

    @Transactional(readOnly = true)
    public List<Dispute> mine(Actor actor) {
        return named(disputes.ofMember(actor.requireMember()));
    }

    /** A member's disputes keyed "kind:item", so a page can show each one beside its item. */
    @Transactional(readOnly = true)
    public Map<String, Dispute> mineByItem(Actor actor) {
        var byItem = new LinkedHashMap<String, Dispute>();
        if (actor.isVisitor()) return byItem;
        for (var dispute : disputes.ofMember(actor.memberId())) byItem.put(dispute.kind() + ":" + dispute.itemId(), dispute);
        return byItem;
    }

    /** Staff: the open disputes, oldest first; or with open false, the latest resolved ones. */
    @Transactional(readOnly = true)
    public List<Dispute> queue(Actor actor, boolean open) {
        actor.require(Role.STAFF);
        return named(disputes.queue(open));
    }

    /** For insights: disputes opened in [from, to) by kind and outcome; staff only, like every metric. */
    @Transactional(readOnly = true)
    public List<Count> counts(Actor actor, Instant from, Instant to) {
        actor.require(Role.STAFF);
        if (from == null || to == null || !from.isBefore(to)) throw new Invalid("from", "dispute.period");
        return disputes.counts(from, to);
    }

    private Dispute visible(Actor actor, long disputeId) {
        long memberId = actor.requireMember();
        return disputes.find(disputeId).filter(d -> d.memberId() == memberId || actor.has(Role.STAFF)).orElseThrow(NotFound::new);
    }

    private Item item(String kind, long itemId) {
        return switch (kind) {
            case "task-review" -> tasks.submission(itemId).map(s -> new Item(s.memberId(),
                    missions.findById(s.missionId()).orElseThrow().title(), s.status().equals("rejected"))).orElseThrow(NotFound::new);
            case "hours", "no-show" -> attendance.entry(itemId).map(e -> new Item(e.signup().memberId(),
                    e.missionTitle() + ", " + e.place(),
                    kind.equals("hours") ? "declined".equals(e.signup().hoursStatus()) : e.signup().noShow()))
                    .orElseThrow(NotFound::new);
            default -> rewards.redemption(itemId).map(r -> new Item(r.memberId(), r.itemName(), true)).orElseThrow(NotFound::new);
        };
    }

    private static Long due(long points) {
        return points > 0 ? points : null;
    }

    /** Disputes with their members' and resolvers' names, asked of accounts once for all of them. */
    private List<Dispute> named(List<Dispute> list) {
        var ids = new HashSet<Long>();
        list.forEach(d -> {
            ids.add(d.memberId());
            if (d.resolvedBy() != null) ids.add(d.resolvedBy());
        });
        var names = members.summaries(ids);
        return list.stream().map(d -> d.named(names.containsKey(d.memberId()) ? names.get(d.memberId()).displayName() : null,
                d.resolvedBy() != null && names.containsKey(d.resolvedBy()) ? names.get(d.resolvedBy()).displayName() : null)).toList();
    }
}
