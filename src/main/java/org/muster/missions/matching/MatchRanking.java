package org.muster.missions.matching;

import org.muster.missions.common.Mission;
import org.muster.missions.common.Missions;
import org.muster.missions.common.PeerProfile;
import org.muster.missions.common.PeerRepository;
import org.muster.missions.common.Reason;
import org.muster.missions.common.Reliability;
import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks peers for a request. Hard rules first: open to matching, speaks the language, free at that
 * time by their weekly hours (in their own time zone), within their travel radius, not busy with
 * another match or slot, and eligible for the mission. Among those, the score weighs shared interests
 * (30 %), nearness (25 %), reliability (25 %) and a light recent load (20 %), so the same few peers
 * are not asked every time. Peers who set no weekly hours count as free, at a lower score. Reasons
 * give distance as a band only: the requester sees them. They are message keys with arguments, stored
 * so, and told in the language of whoever reads them (the peer's mail, each side's page).
 */
@Component
class MatchRanking {

    record Candidate(long peerId, double score, List<Reason> reasons) {
    }

    /** The best peer to ask, if any; and whether suitable peers were passed over because they were asked enough today. */
    record Ranked(Optional<Candidate> best, boolean passedOverForLoad) {
    }

    static final int POOL = 500;

    private static final String RELIABILITY = "match.reason.reliability";
    private static final String LOAD = "match.reason.load";

    private final PeerRepository peers;
    private final MatchRepository matches;
    private final Members members;
    private final Reliability reliability;
    private final Missions missions;

    MatchRanking(PeerRepository peers, MatchRepository matches, Members members, Reliability reliability, Missions missions) {
        this.peers = peers;
        this.matches = matches;
        this.members = members;
        this.reliability = reliability;
        this.missions = missions;
    }

    /** Peers asked {@code proposalsPerDay} times in the last day are not asked again, so nobody is flooded with requests. */
    Ranked best(MatchRequest request, Mission mission, List<Long> excluded, int proposalsPerDay) {
        var people = speakers(request.language());
        var ids = people.keySet().stream().filter(id -> !excluded.contains(id) && !id.equals(request.requesterId())).toList();
        if (ids.isEmpty()) return new Ranked(Optional.empty(), false);
        var profiles = peers.profiles(ids);
        var standings = reliability.standings(ids);
        var load = matches.recentLoad(ids);
        var ranked = new ArrayList<Candidate>();
        for (long id : ids) score(request, profiles.get(id), people.get(id), standings.get(id).score(), load.getOrDefault(id, 0))
                .ifPresent(ranked::add);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        var asked = matches.proposalsSince(ids, Instant.now().minus(Duration.ofDays(1)));
        boolean passedOver = false;
        for (var candidate : ranked) {
            if (matches.busy(candidate.peerId(), request.windowStart(), request.windowEnd())) continue;
            if (!missions.eligibility(candidate.peerId(), mission).eligible()) continue;
            if (asked.getOrDefault(candidate.peerId(), 0) >= proposalsPerDay) {
                passedOver = true;
                continue;
            }
            return new Ranked(Optional.of(candidate), passedOver);
        }
        return new Ranked(Optional.empty(), passedOver);
    }

    /**
     * Up to POOL peers open to matching who speak the language (when one is asked), most recently
     * active first. Languages are the member's, so accounts is asked once per page of peers.
     */
    private Map<Long, Member> speakers(String language) {
        var found = new LinkedHashMap<Long, Member>();
        for (int offset = 0; found.size() < POOL; offset += POOL) {
            var page = peers.matchable(POOL, offset);
            var byId = members.profiles(page).stream().collect(Collectors.toMap(Member::id, Function.identity()));
            for (long id : page) {
                var member = byId.get(id);
                if (member != null && found.size() < POOL
                        && (language == null || member.languages().stream().anyMatch(l -> l.equalsIgnoreCase(language))))
                    found.put(id, member);
            }
            if (page.size() < POOL) break;
        }
        return found;
    }

    /**
     * The reasons without the peer's reliability and recent load: before the peer accepts, those figures
     * would let a requester pick them out of everyone's public reliability.
     */
    static List<Reason> withoutStanding(List<Reason> reasons) {
        return reasons.stream().filter(r -> !Set.of(RELIABILITY, LOAD).contains(r.key())).toList();
    }

    /** The reasons as one message for the reader ("free for 80 % of the time · speaks nl"). */
    static MessageSourceResolvable told(List<Reason> reasons) {
        return Reason.joined("match.reasons.and", reasons);
    }

    /** How far, in bands wide enough that a few requests from different places cannot locate a peer's home. */
    static Reason distanceBand(double km) {
        if (km < 2) return Reason.of("match.reason.near", 2);
        int[] edges = {2, 5, 10, 25, 50, 100};
        for (int i = 1; i < edges.length; i++) if (km < edges[i]) return Reason.of("match.reason.distance", edges[i - 1], edges[i]);
        return Reason.of("match.reason.far", 100);
    }

    private static Optional<Candidate> score(MatchRequest request, PeerProfile peer, Member member, int reliabilityPercent, int load) {
        var reasons = new ArrayList<Reason>();
        double free = freeShare(peer, member, request.windowStart(), request.windowEnd());
        if (free == 0) return Optional.empty();
        reasons.add(peer.availability().isEmpty() ? Reason.of("match.reason.no-hours") : Reason.of("match.reason.free", Math.round(free * 100)));
        double near = 0.5;
        if (request.latitude() != null) {
            if (!peer.located()) return Optional.empty();
            double km = peer.kmTo(request.latitude(), request.longitude());
            int radius = peer.travelKm() == null ? 0 : peer.travelKm();
            if (km > radius) return Optional.empty();
            near = radius == 0 ? 1 : 1 - km / radius;
            reasons.add(distanceBand(km));
        }
        if (request.language() != null) reasons.add(Reason.of("match.reason.speaks", request.language()));
        var theirs = new ArrayList<String>();
        peer.interests().forEach(i -> theirs.add(i.toLowerCase(java.util.Locale.ROOT)));
        member.skills().forEach(s -> theirs.add(s.toLowerCase(java.util.Locale.ROOT)));
        var shared = request.interests().stream().filter(i -> theirs.contains(i.toLowerCase(java.util.Locale.ROOT))).toList();
        double interests = request.interests().isEmpty() ? 0.5 : (double) shared.size() / request.interests().size();
        if (!shared.isEmpty()) reasons.add(Reason.of("match.reason.shares", String.join(", ", shared)));
        reasons.add(Reason.of(RELIABILITY, reliabilityPercent));
        reasons.add(Reason.of(LOAD, load));
        double score = (0.30 * interests + 0.25 * near + 0.25 * reliabilityPercent / 100.0 + 0.20 / (1 + load))
                * (peer.availability().isEmpty() ? 0.6 : 0.6 + 0.4 * free);
        return Optional.of(new Candidate(peer.memberId(), score, List.copyOf(reasons)));
    }

    /** The share of the request's window inside the peer's weekly hours; 1 when they set none. */
    static double freeShare(PeerProfile peer, Member member, Instant start, Instant end) {
        if (peer.availability().isEmpty()) return 1;
        long total = Duration.between(start, end).toMinutes(), covered = 0;
        var zone = member.timeZone();
        var day = start.atZone(zone).toLocalDate().minusDays(1);
        var last = end.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1))
            for (var a : peer.availability()) {
                if (a.weekday() != day.getDayOfWeek().getValue()) continue;
                ZonedDateTime from = day.atStartOfDay(zone).plusMinutes(a.fromMinute()), to = day.atStartOfDay(zone).plusMinutes(a.toMinute());
                var overlapFrom = from.toInstant().isAfter(start) ? from.toInstant() : start;
                var overlapTo = to.toInstant().isBefore(end) ? to.toInstant() : end;
                if (overlapTo.isAfter(overlapFrom)) covered += Duration.between(overlapFrom, overlapTo).toMinutes();
            }
        return total == 0 ? 0 : Math.min(1.0, (double) covered / total);
    }
}
