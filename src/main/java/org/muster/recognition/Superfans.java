package org.muster.recognition;

import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.qa.AnswerActivity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The superfan score: recent, steady, broad help, with older activity counting half every 60 days.
 * Weights and levels are fixed and shown; levels are thresholds, not percentiles, so a score means
 * the same in a small community as in a large one.
 */
@Service
class Superfans {

    /** The weights, shown on the superfans page. */
    public static final Map<String, Double> WEIGHTS = Map.of("answer", 1.0, "acceptedAnswer", 3.0, "helpfulMark", 1.0,
            "activeWeekOfLast12", 2.0, "tagOfLast180Days", 1.0);
    public static final int HALF_LIFE_DAYS = 60;
    public static final Map<String, Integer> LEVELS = Map.of("Superfan", 60, "Engaged", 25, "Active", 8);
    public static final List<String> MOTIVATIONS = List.of("money", "doing-good", "showing-skills", "discounts");
    private static final int TAG_CAP = 10;

    public record Fan(long memberId, String name, double score, String level, double answers, double accepted,
                      double helpful, int activeWeeks, int tags, List<String> topTags, List<String> skills,
                      List<String> languages, String city, String motivation, boolean champion) {
    }

    public record Filter(Double minScore, String tag, String skill, String city, String language) {
    }

    private final ReputationRepository reputation;
    private final AnswerActivity answers;
    private final Members members;
    private final ChampionRepository champions;

    private final ApplicationEventPublisher events;

    Superfans(ReputationRepository reputation, AnswerActivity answers, Members members, ChampionRepository champions, ApplicationEventPublisher events) {
        this.events = events;
        this.reputation = reputation;
        this.answers = answers;
        this.members = members;
        this.champions = champions;
    }

    @Transactional(readOnly = true)
    public List<Fan> find(Actor actor, Filter filter) {
        actor.require(Role.STAFF);
        var today = LocalDate.now(ZoneOffset.UTC);
        var since = today.minusDays(180);
        var scores = new HashMap<Long, double[]>();   // answers, accepted, helpful
        var weeks = new HashMap<Long, Set<LocalDate>>();
        for (var w : answers.since(since.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            scores.computeIfAbsent(w.authorId(), id -> new double[3])[0] += w.answers() * decay(w.week(), today);
            if (!w.week().isBefore(today.minusWeeks(12))) weeks.computeIfAbsent(w.authorId(), id -> new HashSet<>()).add(w.week());
        }
        var tags = new HashMap<Long, Map<String, Integer>>();
        for (var a : reputation.activitySince(since)) {
            var s = scores.computeIfAbsent(a.memberId(), id -> new double[3]);
            if (a.reason().equals("accepted")) s[1] += decay(a.day(), today);
            if (a.reason().equals("helped")) s[2] += decay(a.day(), today);
            for (var tag : a.tags()) tags.computeIfAbsent(a.memberId(), id -> new HashMap<>()).merge(tag, 1, Integer::sum);
        }
        var profiles = new HashMap<Long, Member>();
        members.profiles(scores.keySet()).forEach(m -> profiles.put(m.id(), m));
        var motivations = reputation.motivations(scores.keySet());
        var active = champions.inActiveTerm(scores.keySet());
        var fans = new ArrayList<Fan>();
        for (var entry : scores.entrySet()) {
            var member = profiles.get(entry.getKey());
            if (member == null) continue;
            var s = entry.getValue();
            int activeWeeks = weeks.getOrDefault(entry.getKey(), Set.of()).size();
            var memberTags = tags.getOrDefault(entry.getKey(), Map.of());
            double score = s[0] * WEIGHTS.get("answer") + s[1] * WEIGHTS.get("acceptedAnswer") + s[2] * WEIGHTS.get("helpfulMark")
                    + activeWeeks * WEIGHTS.get("activeWeekOfLast12") + Math.min(TAG_CAP, memberTags.size()) * WEIGHTS.get("tagOfLast180Days");
            var topTags = memberTags.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(5).map(Map.Entry::getKey).toList();
            var fan = new Fan(member.id(), member.displayName(), Math.round(score * 10) / 10.0, level(score), round(s[0]),
                    round(s[1]), round(s[2]), activeWeeks, memberTags.size(), topTags, member.skills(), member.languages(),
                    member.city(), motivations.get(member.id()), active.contains(member.id()));
            if (matches(fan, memberTags.keySet(), filter)) fans.add(fan);
        }
        fans.sort(Comparator.comparingDouble(Fan::score).reversed().thenComparing(Fan::memberId));
        return fans.size() > 200 ? fans.subList(0, 200) : fans;
    }

    /** Members at the Superfan level with no open nomination or term: the program's suggestions. */
    @Transactional(readOnly = true)
    public List<Fan> suggestions(Actor actor) {
        var fans = find(actor, new Filter((double) LEVELS.get("Superfan"), null, null, null, null));
        var open = champions.withOpenTerms();
        return fans.stream().filter(f -> !open.contains(f.memberId())).limit(20).toList();
    }

    @Transactional
    public void setMotivation(Actor actor, String motivation) {
        long memberId = actor.requireMember();
        var value = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (value != null && !MOTIVATIONS.contains(value)) throw new Invalid("motivation", "superfan.motivation", value);
        reputation.setMotivation(memberId, value);
        events.publishEvent(new SuperfanMotivationSet(memberId, value));
    }

    static String level(double score) {
        for (var name : List.of("Superfan", "Engaged", "Active")) if (score >= LEVELS.get(name)) return name;
        return "Occasional";
    }

    private static boolean matches(Fan fan, Set<String> tags, Filter f) {
        if (f.minScore() != null && fan.score() < f.minScore()) return false;
        if (blank(f.tag()) == null && blank(f.skill()) == null && blank(f.city()) == null && blank(f.language()) == null) return true;
        return (blank(f.tag()) == null || tags.contains(blank(f.tag())))
                && (blank(f.skill()) == null || fan.skills().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(blank(f.skill()))))
                && (blank(f.city()) == null || fan.city().toLowerCase(Locale.ROOT).contains(blank(f.city())))
                && (blank(f.language()) == null || fan.languages().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(blank(f.language()))));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static double decay(LocalDate day, LocalDate today) {
        return Math.pow(0.5, ChronoUnit.DAYS.between(day, today) / (double) HALF_LIFE_DAYS);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
