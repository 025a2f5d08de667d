package org.muster.missions;

import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.JobLocks;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.PageFormats;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.platform.Secrets;
import org.muster.platform.SiteLinks;
import org.muster.rewards.Rewards;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
    public record View(MatchRequest request, String missionTitle, String side, MatchProposal proposal,
                       Reliability.Standing peerReliability, List<MatchMessage> messages, List<String> rated, String accessKey) {
    }

    private final MatchRepository matches;
    private final MissionRepository missions;
    private final MatchRanking ranking;
    private final Rewards rewards;
    private final Members members;
    private final Mailer mailer;
    private final SiteLinks links;
    private final PageFormats formats;
    private final RateLimiter limiter;
    private final Reliability reliability;
    private final ApplicationEventPublisher events;
    private final JobLocks jobs;
    private final Duration proposalTimeout;

    Matching(MatchRepository matches, MissionRepository missions, MatchRanking ranking, Rewards rewards, Members members,
             Mailer mailer, SiteLinks links, PageFormats formats, RateLimiter limiter, Reliability reliability,
             ApplicationEventPublisher events, JobLocks jobs,
             @Value("${muster.missions.proposal-timeout:PT12H}") Duration proposalTimeout) {
        this.jobs = jobs;
        this.proposalTimeout = proposalTimeout;
        this.matches = matches;
        this.missions = missions;
        this.ranking = ranking;
        this.rewards = rewards;
        this.members = members;
        this.mailer = mailer;
        this.links = links;
        this.formats = formats;
        this.limiter = limiter;
        this.reliability = reliability;
        this.events = events;
    }

    /** A request from a member or a visitor; the answer carries the secret link's key, also mailed to the requester. */
    @Transactional
    public View request(Actor actor, String missionSlug, NewRequest input, String address) {
        var mission = missions.find(missionSlug).orElseThrow(NotFound::new);
        if (!mission.kind().equals("match")) throw new NotFound();
        if (!mission.openAt(Instant.now())) throw new Conflict(null, "mission.closed");
        var request = validated(input);
        String name, email;
        if (!actor.isVisitor()) {
            limiter.acquire("match-request:" + actor.memberId(), 10, Duration.ofDays(1));
            var me = members.profiles(List.of(actor.memberId())).getFirst();
            name = me.displayName();
            email = me.email();
        } else {
            limiter.acquire("match-request:" + address, 5, Duration.ofHours(1));
            name = input.name() == null ? "" : input.name().strip();
            if (!InputText.fits(name, 2, 80)) throw new Invalid("name", "match.name");
            email = input.email() == null ? "" : input.email().strip();
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) throw new Invalid("email", "match.email");
        }
        var key = Secrets.generate("mk_");
        long id = matches.insert(mission.id(), !actor.isVisitor() ? actor.memberId() : null, name, email, Secrets.hash(key), request);
        mailer.send(email, "Your request: " + mission.title(), "Hello " + name + ",\n\nWe are looking for a peer for your request at "
                + request.place() + " on " + formats.dateTime(request.windowStart()) + ". Follow it, talk to your peer and confirm here:\n"
                + link(id, key) + "\n\nKeep this link to yourself: it opens your request.");
        proposeNext(matches.lock(id).orElseThrow(), mission);
        return view(id, Side.REQUESTER, key);
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
        var interests = input.interests() == null ? List.<String>of()
                : input.interests().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(20).toList();
        var language = input.language() == null || input.language().isBlank() ? null : input.language().strip();
        return new MatchRequest(0, 0, null, null, input.windowStart(), input.windowEnd(), place, input.latitude(),
                input.longitude(), language, interests, note, "open", null, null, null, null, null);
    }

    /** Asks the best peer not asked yet; with nobody left the request is unmatched and the requester told. */
    private void proposeNext(MatchRequest request, Mission mission) {
        var best = ranking.best(request, mission, matches.proposedPeers(request.id()));
        if (best.isEmpty()) {
            matches.setStatus(request.id(), "unmatched", null);
            changed(request, "unmatched", null);
            notifyRequester(request.id(), "No peer is available for your request",
                    "We could not find a peer for your request at " + request.place() + ". Staff can see it and may help.");
            return;
        }
        var candidate = best.get();
        matches.insertProposal(request.id(), candidate.peerId(), candidate.score(), candidate.reasons());
        matches.setStatus(request.id(), "proposed", null);
        changed(request, "proposed", null);
        var peer = members.profiles(List.of(candidate.peerId())).getFirst();
        mailer.send(peer.email(), "Can you help? " + mission.title(), "Someone asks for a peer at " + request.place() + ", "
                + formats.dateTime(request.windowStart(), peer.timeZone()) + " – " + formats.dateTime(request.windowEnd(), peer.timeZone())
                + ". You were proposed because: " + candidate.reasons() + ".\n\nAccept or decline: "
                + links.absolute("/matches/" + request.id()));
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
            notifyRequester(requestId, "A peer accepted your request", proposal.peerName()
                    + " accepted. Confirm the meeting and write to them on the request page.");
        } else {
            matches.decide(proposal.id(), "declined");
            proposeNext(request, mission);
        }
        return view(requestId, Side.PEER, null);
    }

    /** The requester asks for another peer: the current one is passed over (and told, if they had accepted) and the next best is asked. */
    @Transactional
    public View another(Actor actor, long requestId, String key) {
        var request = matches.lock(requestId).orElseThrow(NotFound::new);
        requireSide(actor, request, key, Side.REQUESTER);
        if (!List.of("proposed", "accepted").contains(request.status())) throw new Conflict(null, "match.state", request.status());
        matches.current(requestId).ifPresent(p -> matches.decide(p.id(), "passed"));
        if (request.peerId() != null) {
            var peer = members.profiles(List.of(request.peerId())).getFirst();
            mailer.send(peer.email(), "The traveller chose another peer", "The request at " + request.place() + " on "
                    + formats.dateTime(request.windowStart(), peer.timeZone()) + " will be taken by someone else. Thank you for accepting.");
        }
        proposeNext(request, missions.findById(request.missionId()).orElseThrow());
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
            matches.decide(current.get().id(), "expired");
            proposeNext(request, missions.findById(request.missionId()).orElseThrow());
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
        if (mission.rewardPoints() > 0 || mission.rewardCash() > 0)
            rewards.payFromProgram(mission.programId(), request.peerId(), mission.rewardPoints(), mission.rewardCurrency(),
                    mission.rewardCash(), "Match: " + mission.title(), "match:" + requestId, !actor.isVisitor() ? actor.memberId() : null);
        events.publishEvent(new MissionCompleted(mission.id(), mission.kind(), request.peerId(), "match:" + requestId,
                mission.rewardPoints()));
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
            var peer = members.profiles(List.of(request.peerId())).getFirst();
            mailer.send(peer.email(), "A match was cancelled", "The request at " + request.place() + " on "
                    + formats.dateTime(request.windowStart(), peer.timeZone()) + " was cancelled. Thank you for offering to help.");
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
        var text = body == null ? "" : body.strip();
        if (text.isEmpty() || InputText.visibleLength(text) > 4000) throw new Invalid("body", "match.message.length");
        limiter.acquire("match-message:" + requestId + ":" + side, 60, Duration.ofHours(1));
        matches.insertMessage(requestId, side == Side.REQUESTER, text);
        if (side == Side.REQUESTER) members.emailOf(request.peerId()).ifPresent(email -> mailer.send(email,
                "New message from " + request.requesterName(), text + "\n\nReply on Muster: " + links.absolute("/matches/" + requestId)));
        else notifyRequester(requestId, "New message from your peer", text + "\n\nReply with the link you were sent.");
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
        boolean requester = side == Side.REQUESTER;
        if (!matches.rate(requestId, requester ? "requester" : "peer", requester ? request.peerId() : request.requesterId(), stars, text))
            throw new Conflict(null, "match.rated.already");
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
        return matches.proposals(requestId);
    }

    private View view(long requestId, Side side, String newKey) {
        var request = matches.find(requestId).orElseThrow();
        var mission = missions.findById(request.missionId()).orElseThrow();
        var proposal = matches.current(requestId).orElse(null);
        var standing = proposal == null ? null : reliability.standings(List.of(proposal.peerId())).get(proposal.peerId());
        return new View(request, mission.title(), side.name().toLowerCase(java.util.Locale.ROOT), proposal, standing,
                side == Side.STAFF ? List.of() : matches.messages(requestId), matches.ratedSides(requestId), newKey);
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

    private void changed(MatchRequest request, String status, Long peerId) {
        events.publishEvent(new MatchChanged(request.id(), request.missionId(), status, peerId));
    }

    private void notifyRequester(long requestId, String subject, String body) {
        matches.requesterEmail(requestId).ifPresent(email -> mailer.send(email, subject, body));
    }

    private String link(long id, String key) {
        return links.absolute("/matches/" + id + "?key=" + key);
    }
}
