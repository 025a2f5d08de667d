package org.muster.missions.matching;

import org.muster.missions.common.PeerProfile;
import org.muster.missions.common.PeerProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Match requests and peer profiles. A requester without an account proves who they are with the key
 * from the request's answer (and its mail) in the Muster-Match-Key header.
 */
@RestController
@Tag(name = "Matching")
class MatchingApi {

    static final String KEY = "Muster-Match-Key";

    record Message(String body) {
    }

    record Rating(Integer stars, String comment) {
    }

    private final Matching matching;
    private final PeerProfiles peers;

    MatchingApi(Matching matching, PeerProfiles peers) {
        this.matching = matching;
        this.peers = peers;
    }

    @PostMapping("/api/v1/missions/{slug}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a peer on a match mission {windowStart, windowEnd, place, latitude, longitude, language, interests, note; visitors also name, email}; the best available peer is asked at once; the answer's accessKey opens the request. Secrets and personal data in the note are masked. 429 past a few requests a day per requester (member, or e-mail address however written) or an hour per network address, or when the suitable peers were asked enough today")
    Matching.View request(@PathVariable String slug, @RequestBody Matching.NewRequest input, Actor actor, HttpServletRequest http) {
        return matching.request(actor, slug, input, http.getRemoteAddr());
    }

    @GetMapping("/api/v1/matches/{id}")
    @Operation(summary = "A match request as you see it (requester, peer asked or matched, or staff): status, proposed peer with reasons (distance as a band; in your Accept-Language, and as reasonKeys: message key and arguments) and reliability, messages; the requester sees who the peer is only once they accept")
    Matching.View show(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key, Actor actor) {
        return matching.show(actor, id, key);
    }

    @PostMapping("/api/v1/matches/{id}/accept")
    @Operation(summary = "The proposed peer accepts")
    Matching.View accept(@PathVariable long id, Actor actor) {
        return matching.answer(actor, id, true);
    }

    @PostMapping("/api/v1/matches/{id}/decline")
    @Operation(summary = "The proposed peer declines; the next best peer is asked")
    Matching.View decline(@PathVariable long id, Actor actor) {
        return matching.answer(actor, id, false);
    }

    @PostMapping("/api/v1/matches/{id}/withdraw")
    @Operation(summary = "The peer who accepted can no longer make it: the requester is told and the next best peer is asked")
    Matching.View withdraw(@PathVariable long id, Actor actor) {
        return matching.withdraw(actor, id);
    }

    @PostMapping("/api/v1/matches/{id}/another")
    @Operation(summary = "The requester asks for another peer")
    Matching.View another(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key, Actor actor) {
        return matching.another(actor, id, key);
    }

    @PostMapping("/api/v1/matches/{id}/confirm")
    @Operation(summary = "Requester or peer confirms the accepted match; with both it is confirmed")
    Matching.View confirm(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key, Actor actor) {
        return matching.confirm(actor, id, key);
    }

    @PostMapping("/api/v1/matches/{id}/complete")
    @Operation(summary = "The requester (or staff) says the meeting happened: the peer is rewarded once")
    Matching.View complete(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key, Actor actor) {
        return matching.complete(actor, id, key);
    }

    @PostMapping("/api/v1/matches/{id}/cancel")
    @Operation(summary = "The requester (or staff) cancels the request")
    Matching.View cancel(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key, Actor actor) {
        return matching.cancel(actor, id, key);
    }

    @PostMapping("/api/v1/matches/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A message to the other side {body}; contact stays on the platform, and secrets and personal data (phone numbers, e-mail addresses...) are masked")
    Matching.View message(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key,
                          @RequestBody Message input, Actor actor) {
        return matching.message(actor, id, key, input.body());
    }

    @PostMapping("/api/v1/matches/{id}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "After the meeting, rate the other side once {stars: 1-5, comment}")
    Matching.View rate(@PathVariable long id, @RequestHeader(value = KEY, required = false) String key,
                       @RequestBody Rating input, Actor actor) {
        return matching.rate(actor, id, key, input.stars(), input.comment());
    }

    @GetMapping("/api/v1/me/matches")
    @Operation(summary = "Requests you made, are asked for, or were matched to")
    List<MatchRequest> mine(Actor actor) {
        return matching.mine(actor);
    }

    @GetMapping("/api/v1/missions/{slug}/requests")
    @Operation(summary = "Staff: a match mission's requests, including unmatched ones")
    List<MatchRequest> ofMission(@PathVariable String slug, Actor actor) {
        return matching.ofMission(actor, slug);
    }

    @GetMapping("/api/v1/matches/{id}/proposals")
    @Operation(summary = "Staff: every peer proposed for a request, with score, reasons (in your Accept-Language, and as reasonKeys) and answer")
    List<MatchProposal> proposals(@PathVariable long id, Actor actor) {
        return matching.proposals(actor, id);
    }

    @GetMapping("/api/v1/me/peer-profile")
    @Operation(summary = "Your peer profile: location, travel radius, interests, weekly hours, open to matching")
    PeerProfile profile(Actor actor) {
        return peers.mine(actor);
    }

    @PutMapping("/api/v1/me/peer-profile")
    @Operation(summary = "Set your peer profile {latitude, longitude, travelKm, interests, matching, availability: [{weekday 1-7, fromMinute, toMinute}]}")
    PeerProfile save(@RequestBody PeerProfiles.Input input, Actor actor) {
        return peers.save(actor, input);
    }
}
