package org.muster.missions.matching;

import org.muster.missions.MatchChanged;
import org.muster.missions.MatchMessageSent;
import org.muster.missions.MatchProposalEnded;
import org.muster.missions.MatchProposed;
import org.muster.missions.MatchRated;
import org.muster.missions.MatchRequested;
import org.muster.missions.MatchSideConfirmed;
import org.muster.missions.common.Mission;
import org.muster.missions.common.Completions;
import org.muster.missions.common.MissionRepository;
import org.muster.missions.common.Reason;
import org.muster.missions.common.Reliability;
import org.muster.accounts.Members;
import org.muster.moderation.Redactions;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.JobLocks;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.platform.Secrets;
import org.muster.platform.SiteLinks;
import org.muster.platform.TooManyRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Match missions: a customer (a member, or anyone through the public form) asks for a peer at a time
 * and place; Muster proposes the best available peer, who accepts or declines (then the next is
 * asked); the requester may ask for another; both confirm; they talk only here; the requester (or
 * staff) says the meeting happened, which pays the peer; then each side rates the other.
 */
@Service
public class Matching {

    /** Who is looking at a request. */
    enum Side { REQUESTER, PEER, STAFF }

    public record NewRequest(String name, String email, Instant windowStart, Instant windowEnd, String place, Double latitude,
                             Double longitude, String language, List<String> interests, String note) {
    }

    /** A request as one side sees it; the access key is only in the answer that created it. */
    public record View(MatchRequest request, String missionTitle, String side, Proposed proposal,
                       Reliability.Standing peerReliability, List<MatchMessage> messages, List<String> rated, String accessKey) {
    }

    /**
     * The peer asked or matched, as this side may see them: the requester learns who the peer is only
     * once they accept (peerId and peerName are null before, and reasons leave out the peer's reliability and
     * recent load). Reasons give distance as a band, never exactly; they are told in the reader's language
     * and given as message keys with arguments (reasonKeys, null for a proposal from before keys).
     */
    public record Proposed(String status, Long peerId, String peerName, String reasons, List<Reason> reasonKeys) {
    }

    private final MatchRepository matches;
    private final MissionRepository missions;
    private final MatchRanking ranking;
    private final Completions completions;
    private final Members members;
    private final Mailer mailer;
    private final SiteLinks links;
    private final RateLimiter limiter;
    private final Reliability reliability;
    private final ApplicationEventPublisher events;
    private final JobLocks jobs;
    private final Redactions redactions;
    private final MessageSource messages;
    private final Duration proposalTimeout;
    private final int requestsPerRequesterPerDay;
    private final int requestsPerAddressPerHour;
    private final int proposalsPerPeerPerDay;

    Matching(MatchRepository matches, MissionRepository missions, MatchRanking ranking, Completions completions, Members members,
             Mailer mailer, SiteLinks links, RateLimiter limiter, Reliability reliability,
             ApplicationEventPublisher events, JobLocks jobs, Redactions redactions, MessageSource messages,
             @Value("${muster.missions.proposal-timeout:PT12H}") Duration proposalTimeout,
             @Value("${muster.missions.requests-per-requester-per-day:5}") int requestsPerRequesterPerDay,
             @Value("${muster.missions.requests-per-address-per-hour:5}") int requestsPerAddressPerHour,
             @Value("${muster.missions.proposals-per-peer-per-day:6}") int proposalsPerPeerPerDay) {
        this.jobs = jobs;
        this.redactions = redactions;
        this.messages = messages;
        this.proposalTimeout = proposalTimeout;
        this.requestsPerRequesterPerDay = requestsPerRequesterPerDay;
        this.requestsPerAddressPerHour = requestsPerAddressPerHour;
        this.proposalsPerPeerPerDay = proposalsPerPeerPerDay;
        this.matches = matches;
        this.missions = missions;
        this.ranking = ranking;
        this.completions = completions;
        this.members = members;
        this.mailer = mailer;
        this.links = links;
        this.limiter = limiter;
        this.reliability = reliability;
        this.events = events;
    }

    /**
     * A request from a member or a visitor; the answer carries the secret link's key, also mailed to the
     * requester. Each requester (member, or visitor by e-mail address however written) and each network
     * address makes a few a day, and no peer is asked more than a few times a day, so nobody can locate
     * a peer or flood their mailbox by asking again and again.
     */
    @Transactional
    public View request(Actor actor, String missionSlug, NewRequest input, String address) {
        var mission = missions.find(missionSlug).orElseThrow(NotFound::new);
        if (!mission.kind().equals("match")) throw new NotFound();
        if (!mission.openAt(Instant.now())) throw new Conflict(null, "mission.closed");
        var request = validated(input);
        String name, email;
        if (!actor.isVisitor()) {
            limiter.acquire("match-request:member:" + actor.memberId(), requestsPerRequesterPerDay, Duration.ofDays(1));
            var me = members.profiles(List.of(actor.memberId())).getFirst();
            name = me.displayName();
            email = me.email();
        } else {
            name = input.name() == null ? "" : input.name().strip();
            if (!InputText.fits(name, 2, 80)) throw new Invalid("name", "match.name");
            email = input.email() == null ? "" : input.email().strip();
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) throw new Invalid("email", "match.email");
            limiter.acquire("match-request:address:" + network(address), requestsPerAddressPerHour, Duration.ofHours(1));
            limiter.acquire("match-request:email:" + mailbox(email), requestsPerRequesterPerDay, Duration.ofDays(1));
        }
        var key = Secrets.generate("mk_");
        long id = matches.insert(mission.id(), !actor.isVisitor() ? actor.memberId() : null, name, email, Secrets.hash(key), request);
        events.publishEvent(new MatchRequested(id, mission.id(), !actor.isVisitor() ? actor.memberId() : null));
        var requested = Map.of("title", mission.title(), "name", name, "place", request.place(),
                "startsAt", request.windowStart(), "link", link(id, key));
        if (actor.isVisitor()) mailer.sendToAddress(email, "missions/match-requested", requested);
        else mailer.send(actor.memberId(), "missions/match-requested", requested);
        proposeNext(matches.lock(id).orElseThrow(), mission, true);
        return view(id, Side.REQUESTER, key);
    }

    /**
     * One mailbox however its address is written: case, Unicode compatibility forms and a +tag
     * (tom+1@, Tom+2@) make no new requester.
     */
    static String mailbox(String email) {
        var normal = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int at = normal.lastIndexOf('@');
        var local = normal.substring(0, at);
        int tag = local.indexOf('+');
        return (tag > 0 ? local.substring(0, tag) : local) + normal.substring(at);
    }

    /** An IPv6 client is counted by its /64, which one subscriber usually holds whole; IPv4 by its address. */
    static String network(String address) {
        // Only literals: a name would cost a DNS lookup.
        if (address == null || !address.matches("[0-9A-Fa-f:.]+")) return String.valueOf(address);
        try {
            var bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) return InetAddress.getByAddress(bytes).getHostAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private MatchRequest validated(NewRequest input) {
        var now = Instant.now();
        if (input.windowStart() == null || input.windowStart().isBefore(now.minus(Duration.ofMinutes(5))))
            throw new Invalid("windowStart", "match.window.start");
        if (input.windowEnd() == null || !input.windowEnd().isAfter(input.windowStart())
                || Duration.between(input.windowStart(), input.windowEnd()).toDays() >= 7)
            throw new Invalid("windowEnd", "match.window.end");
        var place = input.place() == null ? "" : input.place().strip();
        if (!InputText.fits(place, 2, 200)) throw new Invalid("place", "match.place");
        if ((input.latitude() == null) != (input.longitude() == null) || input.latitude() != null
                && (Math.abs(input.latitude()) > 90 || Math.abs(input.longitude()) > 180))
            throw new Invalid("latitude", "mission.place");
        var note = input.note() == null ? "" : input.note().strip();
        if (InputText.visibleLength(note) > 2000) throw new Invalid("note", "match.note");
        note = redactions.mask(note, Redactions.Source.MATCHING);
        var interests = input.interests() == null ? List.<String>of()
                : input.interests().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(20).toList();
        var language = input.language() == null || input.language().isBlank() ? null : input.language().strip();
        return new MatchRequest(0, 0, null, null, input.windowStart(), input.windowEnd(), place, input.latitude(),
                input.longitude(), language, interests, note, "open", null, null, null, null, null);
    }

    /**
     * Asks the best peer not asked yet; with nobody left the request is unmatched and the requester told.
     * When the requester asked and the only suitable peers were asked enough today, they are refused
     * (429) with nothing kept, rather than told nobody exists.
     */
    private void proposeNext(MatchRequest request, Mission mission, boolean requesterAsked) {
        var ranked = ranking.best(request, mission, matches.proposedPeers(request.id()), proposalsPerPeerPerDay);
        var best = ranked.best();
        if (best.isEmpty() && requesterAsked && ranked.passedOverForLoad()) throw new TooManyRequests(Duration.ofHours(1));
        if (best.isEmpty()) {
            matches.setStatus(request.id(), "unmatched", null);
            changed(request, "unmatched", null);
            notifyRequester(request.id(), "missions/match-unmatched", Map.of("place", request.place()));
            return;
        }
        var candidate = best.get();
        matches.insertProposal(request.id(), candidate.peerId(), candidate.score(), candidate.reasons());
        matches.setStatus(request.id(), "proposed", null);
        changed(request, "proposed", null);
        events.publishEvent(new MatchProposed(request.id(), request.missionId(), candidate.peerId()));
        mailer.send(candidate.peerId(), "missions/match-proposed", Map.of("title", mission.title(), "place", request.place(),
                "startsAt", request.windowStart(), "endsAt", request.windowEnd(), "reasons", MatchRanking.told(candidate.reasons()),
                "link", links.absolute("/matches/" + request.id())));
    }

    /** The proposed peer says yes (the request is theirs) or no (the next peer is asked). */
    @Transactional
    public View answer(Actor actor, long requestId, boolean accept) {
        long memberId = actor.requireMember();
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var proposal = matches.current(requestId).filter(p -> p.peerId() == memberId).orElseThrow(NotFound::new);
        if (!proposal.status().equals("proposed")) throw new Conflict(null, "match.answered");
        var mission = missions.findById(request.missionId()).orElseThrow();
        if (accept) {
            if (matches.busy(memberId, request.windowStart(), request.windowEnd())) throw new Conflict(null, "match.busy");
            matches.decide(proposal.id(), "accepted");
            matches.setStatus(requestId, "accepted", memberId);
            changed(request, "accepted", memberId);
            notifyRequester(requestId, "missions/match-accepted", Map.of("peer", named(List.of(proposal)).getFirst().peerName()));
        } else {
            ended(request, proposal, "declined");
            proposeNext(request, mission, false);
        }
        return view(requestId, Side.PEER, null);
    }

    /** The peer who accepted can no longer make it: the requester is told and the next best peer is asked. */
    @Transactional
    public View withdraw(Actor actor, long requestId) {
        long memberId = actor.requireMember();
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        if (request.peerId() == null || request.peerId() != memberId) throw new NotFound();
        if (!List.of("accepted", "confirmed").contains(request.status())) throw new Conflict(null, "match.state", request.status());
        matches.current(requestId).ifPresent(p -> ended(request, p, "withdrawn"));
        notifyRequester(requestId, "missions/match-withdrawn", Map.of("place", request.place()));
        proposeNext(request, missions.findById(request.missionId()).orElseThrow(), false);
        return view(requestId, Side.PEER, null);
    }

    /** The requester asks for another peer: the current one is passed over (and told, if they had accepted) and the next best is asked. */
    @Transactional
    public View another(Actor actor, long requestId, String key) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        requireSide(actor, request, key, Side.REQUESTER);
        if (!List.of("proposed", "accepted").contains(request.status())) throw new Conflict(null, "match.state", request.status());
        matches.current(requestId).ifPresent(p -> ended(request, p, "passed"));
        if (request.peerId() != null) {
            mailer.send(request.peerId(), "missions/match-passed", Map.of("place", request.place(), "startsAt", request.windowStart()));
        }
        proposeNext(request, missions.findById(request.missionId()).orElseThrow(), true);
        return view(requestId, Side.REQUESTER, null);
    }

    /** Proposals nobody answered within the timeout expire and the next peer is asked; one node at a time. */
    @Scheduled(fixedDelayString = "${muster.missions.proposal-poll:PT5M}", initialDelayString = "PT50S")
    @Transactional
    public int expireUnanswered() {
        if (!jobs.tryLock("muster.match-proposals")) return 0;
        var due = matches.unanswered(Instant.now().minus(proposalTimeout));
        for (long requestId : due) {
            var request = matches.lock(requestId).orElseThrow();
            var current = matches.current(requestId).filter(p -> p.status().equals("proposed"));
            if (current.isEmpty()) continue;
            ended(request, current.get(), "expired");
            proposeNext(request, missions.findById(request.missionId()).orElseThrow(), false);
        }
        return due.size();
    }

    /** Each side confirms the accepted match; with both, it is confirmed. */
    @Transactional
    public View confirm(Actor actor, long requestId, String key) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var side = side(actor, request, key);
        if (side == Side.STAFF) throw new Forbidden("match.side");
        if (!request.status().equals("accepted")) throw new Conflict(null, "match.state", request.status());
        matches.confirm(requestId, side == Side.REQUESTER);
        var now = matches.find(requestId).orElseThrow();
        if (now.requesterConfirmedAt() != null && now.peerConfirmedAt() != null) {
            matches.markConfirmed(requestId);
            changed(request, "confirmed", request.peerId());
        } else {
            events.publishEvent(new MatchSideConfirmed(requestId, request.missionId(), side.name().toLowerCase(Locale.ROOT)));
        }
        return view(requestId, side, null);
    }

    /** The requester (or staff) says the meeting happened: the peer is paid once, and both may rate. */
    @Transactional
    public View complete(Actor actor, long requestId, String key) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var side = side(actor, request, key);
        if (side == Side.PEER) throw new Forbidden("match.complete.requester");
        if (!request.status().equals("confirmed")) throw new Conflict(null, "match.state", request.status());
        if (Instant.now().isBefore(request.windowStart())) throw new Conflict(null, "match.not-yet");
        var mission = missions.findById(request.missionId()).orElseThrow();
        matches.complete(requestId);
        changed(request, "completed", request.peerId());
        completions.complete(mission, request.peerId(), "match:" + requestId, !actor.isVisitor() ? actor.memberId() : null);
        return view(requestId, side, null);
    }

    @Transactional
    public View cancel(Actor actor, long requestId, String key) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var side = side(actor, request, key);
        if (side == Side.PEER) throw new Forbidden("match.cancel.requester");
        if (List.of("completed", "cancelled").contains(request.status())) throw new Conflict(null, "match.state", request.status());
        matches.current(requestId).ifPresent(p -> matches.decide(p.id(), "passed"));
        matches.cancel(requestId);
        changed(request, "cancelled", request.peerId());
        if (request.peerId() != null) {
            mailer.send(request.peerId(), "missions/match-cancelled", Map.of("place", request.place(), "startsAt", request.windowStart()));
        }
        return view(requestId, side, null);
    }

    /** A message to the other side; they are told by mail without either address being shown. */
    @Transactional
    public View message(Actor actor, long requestId, String key, String body) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var side = side(actor, request, key);
        if (side == Side.STAFF) throw new Forbidden("match.side");
        if (!List.of("accepted", "confirmed", "completed").contains(request.status())) throw new Conflict(null, "match.state", request.status());
        var written = body == null ? "" : body.strip();
        if (written.isEmpty() || InputText.visibleLength(written) > 4000) throw new Invalid("body", "match.message.length");
        limiter.acquire("match-message:" + requestId + ":" + side, 60, Duration.ofHours(1));
        var text = redactions.mask(written, Redactions.Source.MATCHING);
        matches.insertMessage(requestId, side == Side.REQUESTER, text);
        events.publishEvent(new MatchMessageSent(requestId, request.missionId(), side == Side.REQUESTER));
        if (side == Side.REQUESTER) mailer.send(request.peerId(), "missions/match-message-to-peer",
                Map.of("from", request.requesterName(), "text", text, "link", links.absolute("/matches/" + requestId)));
        else notifyRequester(requestId, "missions/match-message-to-requester", Map.of("text", text));
        return view(requestId, side, null);
    }

    /** After the meeting, each side rates the other once (1–5 stars). */
    @Transactional
    public View rate(Actor actor, long requestId, String key, Integer stars, String comment) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        var side = side(actor, request, key);
        if (side == Side.STAFF) throw new Forbidden("match.side");
        if (!request.status().equals("completed")) throw new Conflict(null, "match.state", request.status());
        if (stars == null || stars < 1 || stars > 5) throw new Invalid("stars", "match.stars");
        var text = comment == null ? "" : comment.strip();
        if (InputText.visibleLength(text) > 1000) throw new Invalid("comment", "match.comment.long");
        text = redactions.mask(text, Redactions.Source.MATCHING);
        boolean requester = side == Side.REQUESTER;
        var rater = requester ? "requester" : "peer";
        var ratee = requester ? request.peerId() : request.requesterId();
        if (!matches.rate(requestId, rater, ratee, stars, text)) throw new Conflict(null, "match.rated.already");
        events.publishEvent(new MatchRated(requestId, request.missionId(), rater, ratee, stars));
        return view(requestId, side, null);
    }

    @Transactional(readOnly = true)
    public View show(Actor actor, long requestId, String key) {
        var request = matches.find(requestId).orElseThrow(NotFound::new);
        return view(requestId, side(actor, request, key), null);
    }

    /** Requests the member made, is asked for, or was matched to. */
    @Transactional(readOnly = true)
    public List<MatchRequest> mine(Actor actor) {
        return matches.involving(actor.requireMember());
    }

    /** Staff: a mission's requests, including the unmatched ones. */
    @Transactional(readOnly = true)
    public List<MatchRequest> ofMission(Actor actor, String missionSlug) {
        actor.require(Role.STAFF);
        return matches.ofMission(missions.find(missionSlug).orElseThrow(NotFound::new).id());
    }

    @Transactional(readOnly = true)
    public List<MatchProposal> proposals(Actor actor, long requestId) {
        actor.require(Role.STAFF);
        var locale = LocaleContextHolder.getLocale();
        return named(matches.proposals(requestId)).stream().map(p -> p.toldIn(messages, locale)).toList();
    }

    /** Proposals with their peers' names, asked of accounts once for all of them. */
    private List<MatchProposal> named(List<MatchProposal> proposals) {
        var names = members.summaries(proposals.stream().map(MatchProposal::peerId).distinct().toList());
        return proposals.stream().map(p -> p.named(names.containsKey(p.peerId()) ? names.get(p.peerId()).displayName() : null)).toList();
    }

    private View view(long requestId, Side side, String newKey) {
        var request = matches.find(requestId).orElseThrow();
        var mission = missions.findById(request.missionId()).orElseThrow();
        var proposal = matches.current(requestId).map(p -> named(List.of(p)).getFirst()).orElse(null);
        var seen = proposal == null ? null : seen(proposal, side, messages, LocaleContextHolder.getLocale());
        // The standing names the peer (and its counts fingerprint them): only once the requester may know who it is.
        var standing = seen == null || seen.peerId() == null ? null
                : reliability.standings(List.of(proposal.peerId())).get(proposal.peerId());
        // A peer who took over after another withdrew or was passed over sees only their own conversation, and so does the requester.
        var accepted = proposal != null && proposal.status().equals("accepted") ? proposal.decidedAt() : null;
        return new View(request, mission.title(), side.name().toLowerCase(Locale.ROOT), seen, standing, side == Side.STAFF || accepted == null ? List.of() : matches.messages(requestId, accepted),
                matches.ratedSides(requestId), newKey);
    }

    /**
     * Until the peer accepts, the requester sees that someone was asked and why, not who, nor figures that
     * single them out. A proposal's text from before reasons were keys cannot be sorted out so: that
     * requester sees no reasons until the peer accepts.
     */
    private static Proposed seen(MatchProposal proposal, Side side, MessageSource messages, Locale locale) {
        boolean known = side != Side.REQUESTER || proposal.status().equals("accepted");
        var keys = proposal.reasonKeys() == null || known ? proposal.reasonKeys() : MatchRanking.withoutStanding(proposal.reasonKeys());
        var told = keys == null ? (known ? proposal.reasons() : null) : messages.getMessage(MatchRanking.told(keys), locale);
        return new Proposed(proposal.status(), known ? proposal.peerId() : null, known ? proposal.peerName() : null, told, keys);
    }

    /** The requester (by account or by the secret link), the peer asked or matched, or staff; anyone else gets 404. */
    private Side side(Actor actor, MatchRequest request, String key) {
        if (key != null && !key.isBlank() && matches.keyMatches(request.id(), Secrets.hash(key.strip()))) return Side.REQUESTER;
        if (!actor.isVisitor()) {
            if (request.requesterId() != null && actor.isMember(request.requesterId())) return Side.REQUESTER;
            if (request.peerId() != null && actor.isMember(request.peerId())) return Side.PEER;
            var current = matches.current(request.id());
            if (current.isPresent() && actor.isMember(current.get().peerId())) return Side.PEER;
            if (actor.has(Role.STAFF)) return Side.STAFF;
        }
        throw new NotFound();
    }

    private void requireSide(Actor actor, MatchRequest request, String key, Side wanted) {
        var side = side(actor, request, key);
        if (side != wanted && side != Side.STAFF) throw new Forbidden("match.side");
    }

    /** The peer asked or matched is off the request (declined, expired, withdrawn or passed over). */
    private void ended(MatchRequest request, MatchProposal proposal, String outcome) {
        matches.decide(proposal.id(), outcome);
        events.publishEvent(new MatchProposalEnded(request.id(), request.missionId(), proposal.peerId(), outcome));
    }

    private void changed(MatchRequest request, String status, Long peerId) {
        events.publishEvent(new MatchChanged(request.id(), request.missionId(), status, peerId));
    }

    private void notifyRequester(long requestId, String template, Map<String, ?> model) {
        matches.requesterEmail(requestId).ifPresent(email -> mailer.sendToAddress(email, template, model));
    }

    private String link(long id, String key) {
        return links.absolute("/matches/" + id + "?key=" + key);
    }
}
