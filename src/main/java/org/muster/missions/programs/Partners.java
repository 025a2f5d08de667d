package org.muster.missions.programs;

import org.muster.missions.common.MissionRepository;
import org.muster.missions.MilestoneAdded;
import org.muster.missions.MilestoneCompleted;
import org.muster.missions.PartnerAdded;
import org.muster.missions.PartnerSponsored;
import org.muster.missions.ProgramPublished;
import org.muster.missions.common.Mission;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.rewards.Currencies;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partner initiatives: a program's partner organisations with a shared goal, a plan of milestones
 * with owners, and sponsor pools in the ledger from which the program's budget is funded.
 */
@Service
public class Partners {

    public record PartnerView(Partner partner, Map<String, Long> pool) {
    }

    /** A program as members see it; budgets only for staff. */
    public record Overview(Program program, List<PartnerView> partners, List<Milestone> milestones, Map<String, Long> budgets) {
    }

    /**
     * A program's landing page as a visitor sees it: what it is for, its open missions and what they pay,
     * its partners' names and shared goals (never their pools), and the plan with how far it got.
     */
    public record Landing(Program program, List<Mission> missions, List<Partner> partners, List<Milestone> milestones) {

        public long milestonesDone() {
            return milestones.stream().filter(m -> m.doneAt() != null).count();
        }

        /** Whole percent of the plan done, for the progress bar. */
        public int progress() {
            return milestones.isEmpty() ? 0 : (int) (100 * milestonesDone() / milestones.size());
        }

        /** Where joining leads: the first open mission, if the program has one. */
        public Mission firstMission() {
            return missions.isEmpty() ? null : missions.getFirst();
        }

        public long pointsToEarn() {
            return missions.stream().mapToLong(Mission::rewardPoints).sum();
        }
    }

    static final List<String> KINDS = List.of("transport", "non-profit", "authority", "business", "other");

    private final PartnerRepository partners;
    private final MissionRepository missions;
    private final Rewards rewards;
    private final ApplicationEventPublisher events;

    Partners(PartnerRepository partners, MissionRepository missions, Rewards rewards, ApplicationEventPublisher events) {
        this.partners = partners;
        this.missions = missions;
        this.rewards = rewards;
        this.events = events;
    }

    @Transactional
    public Partner add(Actor actor, String programSlug, String name, String kind, String goal) {
        actor.require(Role.STAFF);
        var program = program(programSlug);
        var title = name == null ? "" : name.strip();
        var aim = goal == null ? "" : goal.strip();
        var checks = new Checks();
        checks.check(InputText.fits(title, 2, 120), "name", "partner.name");
        checks.check(Choices.isOneOf(kind, KINDS), "kind", "partner.kind", String.join(", ", KINDS));
        checks.check(InputText.visibleLength(aim) <= 2000, "goal", "partner.goal");
        checks.refuseIfAny();
        long id = partners.insert(program.id(), title, kind, aim).orElseThrow(() -> new Conflict("name", "partner.taken"));
        events.publishEvent(new PartnerAdded(id, program.id()));
        return partners.find(id).orElseThrow();
    }

    /**
     * A partner's contribution into its sponsor pool ("points" or a currency in minor units), and
     * optionally straight on into the program's budget. The key makes a retried call harmless.
     */
    @Transactional
    public PartnerView sponsor(Actor actor, long partnerId, String currency, Long amount, Long toBudget, String key) {
        actor.require(Role.STAFF);
        var partner = partners.find(partnerId).orElseThrow(NotFound::new);
        var code = "points".equalsIgnoreCase(currency == null ? "" : currency.strip()) ? "points" : Currencies.iso(currency, "currency");
        if (key == null || key.isBlank() || key.length() > 200) throw new Invalid("key", "rewards.key");
        long put = amount == null ? 0 : amount;
        long fund = toBudget == null ? 0 : toBudget;
        if (put < 0 || put > 100_000_000_000L) throw new Invalid("amount", "partner.amount");
        if (fund < 0 || put == 0 && fund == 0) throw new Invalid("toBudget", "partner.amount");
        if (put > 0) rewards.contributeToPool(partnerId, code, put, actor.memberId(),
                "partner:" + partnerId + ":" + key.strip());
        if (fund > 0) rewards.fundProgramFromPool(partnerId, partner.programId(), code, fund, actor.memberId(),
                "partner:" + partnerId + ":" + key.strip() + ":budget");
        events.publishEvent(new PartnerSponsored(partnerId, partner.programId(), code, put, fund, key.strip()));
        return view(partner);
    }

    @Transactional
    /** ownerPartnerId: one of the program's partners, whose people may then update the milestone; owner defaults to its name. */
    public Milestone addMilestone(Actor actor, String programSlug, String title, String owner, LocalDate dueOn, Long ownerPartnerId) {
        actor.require(Role.STAFF);
        var program = program(programSlug);
        var partner = ownerPartnerId == null ? null : partners.find(ownerPartnerId).filter(p -> p.programId() == program.id())
                .orElseThrow(() -> new Invalid("ownerPartnerId", "milestone.owner-partner"));
        checkMilestone(actor, title, owner, partner != null).refuseIfAny();
        var who = owner == null || owner.isBlank() ? partner.name() : owner.strip();
        long id = partners.insertMilestone(program.id(), title.strip(), who, dueOn, ownerPartnerId);
        events.publishEvent(new MilestoneAdded(id, program.id()));
        return partners.milestone(id).orElseThrow();
    }

    /**
     * Every problem of a new milestone's title and owner at once, without writing anything; a milestone
     * a partner owns may leave the owner's name blank (it is the partner's).
     */
    public Checks checkMilestone(Actor actor, String title, String owner, boolean partnerOwns) {
        actor.require(Role.STAFF);
        var checks = new Checks();
        checks.check(title != null && InputText.fits(title.strip(), 3, 200), "title", "milestone.title");
        boolean unnamed = owner == null || owner.isBlank();
        checks.check(unnamed && partnerOwns || !unnamed && InputText.fits(owner.strip(), 2, 120), "owner", "milestone.owner");
        return checks;
    }

    @Transactional
    public Milestone completeMilestone(Actor actor, long milestoneId) {
        actor.require(Role.STAFF);
        var milestone = partners.milestone(milestoneId).orElseThrow(NotFound::new);
        if (partners.completeMilestone(milestoneId)) events.publishEvent(new MilestoneCompleted(milestoneId, milestone.programId()));
        return partners.milestone(milestoneId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Overview overview(Actor actor, String programSlug) {
        actor.requireMember();
        var program = program(programSlug);
        var views = partners.ofProgram(program.id()).stream().map(p -> actor.has(Role.STAFF) ? view(p)
                : new PartnerView(p, Map.of())).toList();
        var budgets = new LinkedHashMap<String, Long>();
        if (actor.has(Role.STAFF)) budgets.putAll(rewards.budgetsOf(program.id()));
        return new Overview(program, views, partners.milestones(program.id()), budgets);
    }

    /** Anyone may read a published program's landing page; an unpublished one is 404 to all but staff. */
    @Transactional(readOnly = true)
    public Landing landing(Actor actor, String programSlug) {
        var program = program(programSlug);
        if (!program.published() && !actor.has(Role.STAFF)) throw new NotFound();
        // The plan as outsiders see it: what and when, not the partners' own notes on it.
        var plan = partners.milestones(program.id()).stream().map(m -> new Milestone(m.id(), m.programId(), m.title(), m.owner(),
                m.dueOn(), m.doneAt(), null, null)).toList();
        return new Landing(program, missions.openOfProgram(program.id()), partners.ofProgram(program.id()), plan);
    }

    /** Staff open the landing page to visitors (or close it); saying the same again changes nothing. */
    @Transactional
    public Program publish(Actor actor, String programSlug, boolean published) {
        actor.require(Role.STAFF);
        var program = program(programSlug);
        if (missions.publishProgram(program.id(), published))
            events.publishEvent(new ProgramPublished(program.id(), published, actor.memberId()));
        return program(programSlug);
    }

    private PartnerView view(Partner partner) {
        return new PartnerView(partner, rewards.poolsOf(partner.id()));
    }

    private Program program(String slug) {
        return missions.findProgram(slug == null ? "" : slug.strip()).orElseThrow(NotFound::new);
    }
}
