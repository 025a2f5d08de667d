package org.muster.missions.common;

import org.muster.missions.MissionCreated;
import org.muster.missions.ProgramCreated;
import org.muster.missions.programs.Program;
import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.PageFormats;
import org.muster.platform.Slugs;
import org.muster.platform.Unauthenticated;
import org.muster.recognition.Reputation;
import org.muster.rewards.Currencies;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs with budgets and their missions of every kind: staff publish them, and members see which
 * they can join and, if not, exactly why (as message keys, rendered for each reader).
 */
@Service
public class Missions {

    /** challengeCompleted: the member reached a challenge's target and was rewarded (progress may go on past the target). */
    public record Offer(Mission mission, boolean eligible, List<Reason> reasons, long budgetLeft, long cashBudgetLeft,
                        Integer challengeProgress, boolean challengeCompleted) {

        /** The reasons as one message, for a refusal or a page that names them all. */
        public org.springframework.context.MessageSourceResolvable because() {
            return Reason.joined(reasons);
        }
    }

    public record NewMission(String program, String title, String description, String kind, Long rewardPoints,
                             String approval, List<String> skills, List<String> languages, String city,
                             Integer perMemberLimit, Instant startsAt, Instant endsAt, Integer perWeekLimit, String minRank,
                             String badge, Boolean championsOnly, Double latitude, Double longitude, Long rewardCash,
                             String rewardCurrency, String challengeMetric, String challengeTag, Integer challengeTarget) {
    }

    /** The reason a mission that has ended gives; a challenge is still completed just after its end. */
    public static final String CLOSED = "mission.reason.closed";

    public static final List<String> KINDS = List.of("task", "shift", "match", "challenge");
    public static final List<String> CHALLENGE_METRICS = List.of("accepted", "validated", "helped", "upvote");

    private final MissionRepository missions;
    private final Rewards rewards;
    private final Members members;
    private final Reputation reputation;
    private final PeerRepository peers;
    private final PageFormats formats;
    private final ApplicationEventPublisher events;

    Missions(MissionRepository missions, Rewards rewards, Members members, Reputation reputation, PeerRepository peers,
             PageFormats formats, ApplicationEventPublisher events) {
        this.events = events;
        this.missions = missions;
        this.rewards = rewards;
        this.members = members;
        this.reputation = reputation;
        this.peers = peers;
        this.formats = formats;
    }

    /** A program; budget in points, and optionally a cash budget in minor units of a currency. */
    @Transactional
    public Program createProgram(Actor actor, String name, String description, Long budget, String currency, Long cashBudget) {
        actor.require(Role.STAFF);
        var title = name == null ? "" : name.strip();
        if (!InputText.fits(title, 2, 80)) throw new Invalid("name", "mission.program.name");
        if (budget == null || budget < 0 || budget > 1_000_000_000L) throw new Invalid("budget", "mission.program.budget");
        long cash = cashBudget == null ? 0 : cashBudget;
        if (cash < 0 || cash > 100_000_000_000L) throw new Invalid("cashBudget", "mission.program.budget");
        var cashCurrency = cash > 0 ? Currencies.iso(currency, "currency") : null;
        var slug = Slugs.of(title);
        long id = missions.insertProgram(slug, title, description == null ? "" : description.strip(), actor.memberId(),
                actor.memberId()).orElseThrow(() -> new Conflict("name", "mission.program.taken"));
        if (budget > 0) rewards.fundProgram(id, "points", budget, actor.memberId(), "program:" + id);
        if (cash > 0) rewards.fundProgram(id, cashCurrency, cash, actor.memberId(), "program:" + id + ":" + cashCurrency);
        events.publishEvent(new ProgramCreated(id, slug, actor.memberId()));
        return missions.findProgram(slug).orElseThrow();
    }

    /** A mission; its rewards must fit in what is left of the program's budget (400 otherwise). */
    @Transactional
    public Mission create(Actor actor, NewMission input) {
        actor.require(Role.STAFF);
        var program = missions.findProgram(input.program() == null ? "" : input.program().strip())
                .orElseThrow(() -> new Invalid("program", "mission.program.unknown"));
        var title = input.title() == null ? "" : input.title().strip();
        if (!InputText.fits(title, 5, 120)) throw new Invalid("title", "mission.title");
        if (!Choices.isOneOf(input.kind(), KINDS)) throw new Invalid("kind", "mission.kind", input.kind());
        long reward = input.rewardPoints() == null ? 0 : input.rewardPoints();
        if (reward < 0) throw new Invalid("rewardPoints", "mission.reward");
        if (reward > rewards.budgetLeft(program.id(), "points"))
            throw new Invalid("rewardPoints", "mission.reward.budget", rewards.budgetLeft(program.id(), "points"));
        long cash = input.rewardCash() == null ? 0 : input.rewardCash();
        if (cash < 0) throw new Invalid("rewardCash", "mission.reward");
        if (cash > 0 && cash > rewards.budgetLeft(program.id(), Currencies.iso(input.rewardCurrency(), "rewardCurrency")))
            throw new Invalid("rewardCash", "mission.reward.budget", rewards.budgetLeft(program.id(), Currencies.iso(input.rewardCurrency(), "rewardCurrency")));
        var approval = input.approval() == null ? "staff" : input.approval();
        if (!Choices.isOneOf(approval, List.of("auto", "staff"))) throw new Invalid("approval", "mission.approval", approval);
        if (input.perMemberLimit() != null && input.perMemberLimit() < 1) throw new Invalid("perMemberLimit", "mission.limit");
        if (input.perWeekLimit() != null && input.perWeekLimit() < 1) throw new Invalid("perWeekLimit", "mission.limit");
        if (input.minRank() != null && !input.minRank().isBlank() && !reputation.rankNames().contains(input.minRank().strip()))
            throw new Invalid("minRank", "mission.rank", String.join(", ", reputation.rankNames()));
        if ((input.latitude() == null) != (input.longitude() == null) || input.latitude() != null
                && (Math.abs(input.latitude()) > 90 || Math.abs(input.longitude()) > 180))
            throw new Invalid("latitude", "mission.place");
        if (input.endsAt() != null && !input.endsAt().isAfter(input.startsAt() == null ? Instant.now() : input.startsAt()))
            throw new Invalid("endsAt", "mission.ends");
        checkChallenge(input);
        var slug = Slugs.of(title);
        long id = missions.insertMission(program.id(), slug, input, reward, approval, clean(input.skills()), clean(input.languages()),
                input.city() == null || input.city().isBlank() ? null : input.city().strip(), actor.memberId())
                .orElseThrow(() -> new Conflict("title", "mission.taken"));
        events.publishEvent(new MissionCreated(id, program.id(), slug, input.kind(), actor.memberId()));
        return missions.find(slug).orElseThrow();
    }

    private static void checkChallenge(NewMission input) {
        boolean challenge = "challenge".equals(input.kind());
        if (challenge && !Choices.isOneOf(input.challengeMetric(), CHALLENGE_METRICS))
            throw new Invalid("challengeMetric", "mission.challenge.metric", String.join(", ", CHALLENGE_METRICS));
        if (challenge && (input.challengeTarget() == null || input.challengeTarget() < 1 || input.challengeTarget() > 10_000))
            throw new Invalid("challengeTarget", "mission.challenge.target");
        if (challenge && input.endsAt() == null) throw new Invalid("endsAt", "mission.challenge.ends");
        if (!challenge && (input.challengeMetric() != null || input.challengeTarget() != null))
            throw new Invalid("challengeMetric", "mission.challenge.only");
    }

    /** Every mission, and for each whether the member may join it, and if not, exactly why. */
    @Transactional(readOnly = true)
    public List<Offer> offers(Actor actor) {
        return offers(actor.requireMember(), missions.list());
    }

    @Transactional(readOnly = true)
    public Offer offer(Actor actor, String slug) {
        return eligibility(actor.requireMember(), missions.find(slug).orElseThrow(NotFound::new));
    }

    /** Reads what every rule needs once for all the missions, so a long list costs a few queries, not a few per mission. */
    private List<Offer> offers(long memberId, List<Mission> list) {
        var member = members.profiles(List.of(memberId)).getFirst();
        var now = Instant.now();
        var weekStart = now.atZone(member.timeZone()).toLocalDate().with(java.time.DayOfWeek.MONDAY).atStartOfDay(member.timeZone());
        var candidate = new Candidate(member, reputation.profile(memberId),
                peers.profiles(List.of(memberId)).getOrDefault(memberId, PeerProfile.empty(memberId)), weekStart,
                missions.participation(memberId, list.stream().map(Mission::id).toList(), weekStart.toInstant()),
                rewards.budgetsOf(list.stream().map(Mission::programId).distinct().toList()),
                java.util.Set.copyOf(missions.challengesCompletedBy(memberId)));
        return list.stream().map(m -> offer(m, candidate, now)).toList();
    }

    /** A match mission, as the public "ask for a peer" form shows it to anyone. */
    @Transactional(readOnly = true)
    public Mission publicMatchMission(String slug) {
        return missions.find(slug).filter(m -> m.kind().equals("match")).orElseThrow(NotFound::new);
    }

    /** A mission as a visitor sees it: a match mission takes requests from anyone; any other mission asks them to sign in. */
    @Transactional(readOnly = true)
    public Mission forVisitor(String slug) {
        return missions.find(slug).filter(m -> m.kind().equals("match")).orElseThrow(Unauthenticated::new);
    }

    /** Whether the actor may join the mission now, and if not, why. */
    public Offer eligibility(Actor actor, Mission mission) {
        return eligibility(actor.requireMember(), mission);
    }

    /** The same, for a member proposed by matching. */
    public Offer eligibility(long memberId, Mission mission) {
        return offers(memberId, List.of(mission)).getFirst();
    }

    /**
     * What eligibility looks at: the member, their rank, badges and champion term, their peer profile,
     * the start of their week, how often they took part in each mission, and the programs' budgets.
     */
    private record Candidate(Member member, Reputation.Profile recognition, PeerProfile peer, java.time.ZonedDateTime weekStart,
                             java.util.Map<Long, MissionRepository.Participation> taken,
                             java.util.Map<Long, java.util.Map<String, Long>> budgets, java.util.Set<Long> completedChallenges) {
    }

    private Offer offer(Mission mission, Candidate c, Instant now) {
        var member = c.member();
        var reasons = new ArrayList<Reason>();
        if (!mission.openAt(now)) reasons.add(mission.startsAt().isAfter(now)
                ? Reason.of("mission.reason.opens", formats.dateTime(mission.startsAt())) : Reason.of(CLOSED));
        for (var skill : mission.skills())
            if (member.skills().stream().noneMatch(s -> s.equalsIgnoreCase(skill))) reasons.add(Reason.of("mission.reason.skill", skill));
        for (var language : mission.languages())
            if (member.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language)))
                reasons.add(Reason.of("mission.reason.language", language));
        if (mission.city() != null && !mission.city().equalsIgnoreCase(member.city())) reasons.add(Reason.of("mission.reason.city", mission.city()));
        var ranks = reputation.rankNames();
        if (mission.minRank() != null && ranks.indexOf(c.recognition().rank()) < ranks.indexOf(mission.minRank()))
            reasons.add(Reason.of("mission.reason.rank", mission.minRank(), c.recognition().rank()));
        if (mission.badge() != null && c.recognition().badges().stream().noneMatch(b -> b.slug().equals(mission.badge())))
            reasons.add(Reason.of("mission.reason.badge", mission.badge()));
        if (mission.championsOnly() && !c.recognition().champion()) reasons.add(Reason.of("mission.reason.champions"));
        travel(mission, c.peer()).ifPresent(reasons::add);
        var taken = c.taken().getOrDefault(mission.id(), new MissionRepository.Participation(mission.id(), 0, 0));
        if (mission.perMemberLimit() != null && taken.total() >= mission.perMemberLimit())
            reasons.add(Reason.of("mission.reason.limit", mission.perMemberLimit()));
        if (mission.perWeekLimit() != null && taken.since() >= mission.perWeekLimit())
            reasons.add(Reason.of("mission.reason.weekly", mission.perWeekLimit(), formats.date(c.weekStart().plusWeeks(1).toInstant())));
        var budgets = c.budgets().getOrDefault(mission.programId(), java.util.Map.of());
        long left = budgets.getOrDefault("points", 0L);
        long cashLeft = mission.rewardCurrency() == null ? 0 : budgets.getOrDefault(mission.rewardCurrency(), 0L);
        if (mission.rewardPoints() > left || mission.rewardCash() > cashLeft) reasons.add(Reason.of("mission.reason.budget"));
        Integer progress = mission.kind().equals("challenge") ? challengeCount(mission, member.id()) : null;
        return new Offer(mission, reasons.isEmpty(), reasons, left, cashLeft, progress,
                c.completedChallenges().contains(mission.id()));
    }

    /** A mission at a place is for peers whose travel radius reaches it. */
    private static java.util.Optional<Reason> travel(Mission mission, PeerProfile peer) {
        if (mission.latitude() == null) return java.util.Optional.empty();
        if (!peer.located() || peer.travelKm() == null) return java.util.Optional.of(Reason.of("mission.reason.location"));
        double km = peer.kmTo(mission.latitude(), mission.longitude());
        return km <= peer.travelKm() ? java.util.Optional.empty()
                : java.util.Optional.of(Reason.of("mission.reason.distance", Math.round(km), peer.travelKm()));
    }

    /** How far the member is towards a challenge's target, counted from community events in its dates. */
    int challengeCount(Mission mission, long memberId) {
        var counts = reputation.achievements(mission.challengeMetric(), mission.challengeTag(),
                mission.startsAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                mission.endsAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), 1, memberId);
        return counts.getOrDefault(memberId, 0);
    }

    @Transactional(readOnly = true)
    public List<Program> programs(Actor actor) {
        actor.require(Role.STAFF);
        return missions.programs();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

}
