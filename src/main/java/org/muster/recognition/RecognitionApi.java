package org.muster.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Recognition")
class RecognitionApi {

    record NewBadge(String name, String description, String level) {
    }

    record AwardInput(Long memberId, String reason) {
    }

    record ReasonInput(String reason) {
    }

    record HiddenInput(Boolean hidden) {
    }

    private final Reputation reputation;
    private final Badges badges;
    private final OpenBadges openBadges;

    RecognitionApi(Reputation reputation, Badges badges, OpenBadges openBadges) {
        this.reputation = reputation;
        this.badges = badges;
        this.openBadges = openBadges;
    }

    @GetMapping("/api/v1/members/{id}/recognition")
    @Operation(summary = "A member's reputation, answers and top tags from the spaces the reader may read, rank, badges "
            + "(revoked ones with their history); rank changes and whether they hide from leaderboards only to the member")
    Reputation.Profile profile(@PathVariable long id, Actor actor) {
        return reputation.profile(actor, id);
    }

    @GetMapping("/api/v1/leaderboards")
    @Operation(summary = "Top 50 by reputation earned in the spaces the reader may read: period=week|month|all, optionally "
            + "tag= or space= (members who hid themselves are left out)")
    List<Reputation.Leader> leaderboard(@RequestParam(defaultValue = "all") String period, @RequestParam(required = false) String tag,
                                        @RequestParam(required = false) String space, Actor actor) {
        return reputation.leaderboard(actor, period, tag, space);
    }

    @PutMapping("/api/v1/me/leaderboards")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Hide yourself from public leaderboards, or show yourself again: {hidden}")
    void hide(@RequestBody HiddenInput input, Actor actor) {
        reputation.hideFromLeaderboards(actor, Boolean.TRUE.equals(input.hidden()));
    }

    @GetMapping("/api/v1/badges")
    @Operation(summary = "Every badge: built-in ones and those admins created; tag badges only for tags the reader may see; built-in ones named and described in your Accept-Language")
    List<Badge> badges(Actor actor) {
        return badges.list(actor);
    }

    @PostMapping("/api/v1/badges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: create a badge to award by hand {name, description, level: bronze|silver|gold}; 409 for a name whose slug a badge, or a built-in one, has")
    Badge create(@RequestBody NewBadge input, Actor actor) {
        return badges.create(actor, input.name(), input.description(), input.level());
    }

    @PostMapping("/api/v1/badges/{slug}/awards")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: award a badge by hand {memberId, reason}")
    BadgeAward award(@PathVariable String slug, @RequestBody AwardInput input, Actor actor) {
        if (input.memberId() == null) throw new org.muster.platform.Invalid("memberId", "badge.member");
        return badges.award(actor, slug, input.memberId(), input.reason());
    }

    @PostMapping("/api/v1/awards/{id}/revoke")
    @Operation(summary = "Staff: revoke an award with a reason; it stays in the history, marked revoked")
    BadgeAward revoke(@PathVariable long id, @RequestBody ReasonInput input, Actor actor) {
        return badges.revoke(actor, id, input.reason());
    }

    @GetMapping("/api/v1/me/awards/{id}/openbadges")
    @Operation(summary = "Your award as an Open Badges 2.0 assertion (hosted); someone else's answers 404")
    Map<String, Object> export(@PathVariable long id, Actor actor) {
        return openBadges.assertion(badges.ownAward(actor, id).id());
    }

    @GetMapping("/api/v1/me/awards/{id}/openbadges3")
    @Operation(summary = "Your award as an Open Badges 3.0 OpenBadgeCredential with its Data Integrity proof (eddsa-rdfc-2022), "
            + "and as an RS256 VC-JWT; someone else's answers 404, a revoked one 409")
    Map<String, Object> exportV3(@PathVariable long id, Actor actor) {
        return openBadges.credential(badges.ownAward(actor, id).id());
    }

    @PostMapping("/api/v1/recognition/recompute")
    @Operation(summary = "Admins: rebuild reputation from the change feed; answers the number of events replayed")
    Map<String, Integer> recompute(Actor actor) {
        actor.require(org.muster.platform.Role.ADMIN);
        return Map.of("events", reputation.recompute());
    }

    @GetMapping("/api/v1/recognition/totals")
    @Operation(summary = "Admins: reputation per member id")
    Map<Long, Integer> totals(Actor actor) {
        return reputation.totals(actor);
    }
}
