package org.muster.missions.common;

import org.muster.missions.MissionCreated;
import org.muster.missions.ProgramCreated;
import org.muster.missions.programs.Program;
import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Conflict;
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
                             String rewardCurrency, String challengeMetric, String challengeTag, Integer challengeTarget,
                             String programName, Long programBudget, Long programCashBudget) {
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
        checkProgram(actor, name, budget, currency, cashBudget).refuseIfAny();
        return insertProgram(actor, name.strip(), description, budget, currency, cashBudget);
    }

    /** Every problem of a new program's input, without writing anything. */
    @Transactional(readOnly = true)
    public Checks checkProgram(Actor actor, String name, Long budget, String currency, Long cashBudget) {
        actor.require(Role.STAFF);
        var checks = new Checks();
        checkProgram(checks, "name", name, "budget", budget, "cashBudget", cashBudget, "currency", currency);
        return checks;
    }

    /** A program's problems, noted under the names its fields have in the form at hand. */
    private static void checkProgram(Checks checks, String nameField, String name, String budgetField, Long budget,
                                       String cashField, Long cashBudget, String currencyField, String currency) {
        var title = name == null ? "" : name.strip();
        checks.check(InputText.fits(title, 2, 80), nameField, "mission.program.name");
        checks.check(budget != null && budget >= 0 && budget <= 1_000_000_000L, budgetField, "mission.program.budget");
        long cash = cashBudget == null ? 0 : cashBudget;
        checks.check(cash >= 0 && cash <= 100_000_000_000L, cashField, "mission.program.budget");
        if (cash > 0) checks.read(() -> Currencies.iso(currency, currencyField));
    }

    private Program insertProgram(Actor actor, String title, String description, Long budget, String currency, Long cashBudget) {
        long cash = cashBudget == null ? 0 : cashBudget;
        var cashCurrency = cash > 0 ? Currencies.iso(currency, "currency") : null;
        var slug = Slugs.of(title);
        long id = missions.insertProgram(slug, title, description == null ? "" : description.strip(), actor.memberId(),
                actor.memberId()).orElseThrow(() -> new Conflict("name", "mission.program.taken"));
        if (budget > 0) rewards.fundProgram(id, "points", budget, actor.memberId(), "program:" + id);
        if (cash > 0) rewards.fundProgram(id, cashCurrency, cash, actor.memberId(), "program:" + id + ":" + cashCurrency);
        events.publishEvent(new ProgramCreated(id, slug, actor.memberId()));
        return missions.findProgram(slug).orElseThrow();
    }

    /**
     * A mission, in an existing program or in a new one created with it (programName, with its budgets),
     * in one transaction; its rewards must fit in what is left of the program's budget. Every problem of
     * the input is refused at once (400).
     */
    @Transactional
    public Mission create(Actor actor, NewMission input) {
        actor.require(Role.STAFF);
        var checks = check(actor, input);
        checks.refuseIfAny();
        var program = program(input).orElseGet(() -> insertProgram(actor, input.programName().strip(), "",
                input.programBudget() == null ? 0 : input.programBudget(), input.rewardCurrency(), input.programCashBudget()));
        var title = input.title().strip();
        long reward = input.rewardPoints() == null ? 0 : input.rewardPoints();
        var approval = input.approval() == null ? "staff" : input.approval();
        var slug = Slugs.of(title);
        long id = missions.insertMission(program.id(), slug, input, reward, approval, clean(input.skills()), clean(input.languages()),
                input.city() == null || input.city().isBlank() ? null : input.city().strip(), actor.memberId())
                .orElseThrow(() -> new Conflict("title", "mission.taken"));
        events.publishEvent(new MissionCreated(id, program.id(), slug, input.kind(), actor.memberId()));
        return missions.find(slug).orElseThrow();
    }

    /** Every problem of a new mission's input, without writing anything, so a form can add its own and show them all. */
    @Transactional(readOnly = true)
    public Checks check(Actor actor, NewMission input) {
        actor.require(Role.STAFF);
        var checks = new Checks();
        var program = program(input);
        boolean creating = program.isEmpty() && input.programName() != null && !input.programName().isBlank();
        if (creating) checkProgram(checks, "programName", input.programName(), "programBudget",
                input.programBudget() == null ? 0L : input.programBudget(), "programCashBudget", input.programCashBudget(),
                "rewardCurrency", input.rewardCurrency());
        else checks.check(program.isPresent(), "program", input.program() == null || input.program().isBlank()
                ? "mission.program.missing" : "mission.program.unknown");
        var title = input.title() == null ? "" : input.title().strip();
        checks.check(InputText.fits(title, 5, 120), "title", "mission.title");
        checks.check(Choices.isOneOf(input.kind(), KINDS), "kind", "mission.kind", input.kind());
        long reward = input.rewardPoints() == null ? 0 : input.rewardPoints();
        long pointsLeft = program.map(p -> rewards.budgetLeft(p.id(), "points"))
                .orElse(input.programBudget() == null ? 0L : input.programBudget());
        checks.check(reward >= 0, "rewardPoints", "mission.reward");
        if (reward >= 0 && (program.isPresent() || creating))
            checks.check(reward <= pointsLeft, "rewardPoints", "mission.reward.budget", pointsLeft);
        long cash = input.rewardCash() == null ? 0 : input.rewardCash();
        checks.check(cash >= 0, "rewardCash", "mission.reward");
        boolean currencyGiven = input.rewardCurrency() != null && !input.rewardCurrency().isBlank();
        if (currencyGiven && cash <= 0) checks.read(() -> Currencies.iso(input.rewardCurrency(), "rewardCurrency"));
        if (cash > 0 && !checks.failed("rewardCurrency")) {
            var currency = checks.read(() -> Currencies.iso(input.rewardCurrency(), "rewardCurrency"));
            long cashLeft = currency == null ? 0 : program.map(p -> rewards.budgetLeft(p.id(), currency))
                    .orElse(input.programCashBudget() == null ? 0L : input.programCashBudget());
            if (currency != null && (program.isPresent() || creating))
                checks.check(cash <= cashLeft, "rewardCash", "mission.reward.cash-budget", formats.money(cashLeft, currency));
        }
        var approval = input.approval() == null ? "staff" : input.approval();
        checks.check(Choices.isOneOf(approval, List.of("auto", "staff")), "approval", "mission.approval", approval);
        checks.check(input.perMemberLimit() == null || input.perMemberLimit() >= 1, "perMemberLimit", "mission.limit");
        checks.check(input.perWeekLimit() == null || input.perWeekLimit() >= 1, "perWeekLimit", "mission.limit");
        checks.check(input.minRank() == null || input.minRank().isBlank() || reputation.rankNames().contains(input.minRank().strip()),
                "minRank", "mission.rank", String.join(", ", reputation.rankNames()));
        checks.check(input.badge() == null || input.badge().isBlank() || reputation.badgeNames(actor).containsKey(input.badge().strip()),
                "badge", "mission.badge");
        checks.check((input.latitude() == null) == (input.longitude() == null) && (input.latitude() == null
                || Math.abs(input.latitude()) <= 90 && Math.abs(input.longitude()) <= 180), "latitude", "mission.place");
        checks.check(input.endsAt() == null || input.endsAt().isAfter(input.startsAt() == null ? Instant.now() : input.startsAt()),
                "endsAt", "mission.ends");
        checkChallenge(checks, input);
        return checks;
    }

    private java.util.Optional<Program> program(NewMission input) {
        return input.program() == null || input.program().isBlank() ? java.util.Optional.empty()
                : missions.findProgram(input.program().strip());
    }

    private static void checkChallenge(Checks checks, NewMission input) {
        boolean challenge = "challenge".equals(input.kind());
        checks.check(!challenge || Choices.isOneOf(input.challengeMetric(), CHALLENGE_METRICS), "challengeMetric",
                "mission.challenge.metric", String.join(", ", CHALLENGE_METRICS));
        checks.check(!challenge || input.challengeTarget() != null && input.challengeTarget() >= 1 && input.challengeTarget() <= 10_000,
                "challengeTarget", "mission.challenge.target");
        checks.check(!challenge || input.endsAt() != null || checks.failed("endsAt"), "endsAt", "mission.challenge.ends");
        checks.check(challenge || input.challengeMetric() == null && input.challengeTarget() == null, "challengeMetric",
                "mission.challenge.only");
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
