package org.muster.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Champions and superfans")
class ChampionsApi {

    record Nomination(Long memberId, String reason) {
    }

    record Approval(Integer months, List<String> tags) {
    }

    record Renewal(Integer months) {
    }

    record ReasonInput(String reason) {
    }

    record MotivationInput(String motivation) {
    }

    record RuleBadge(String name, String description, String level, String rule) {
    }

    private final ChampionsProgram program;
    private final Superfans superfans;
    private final Badges badges;

    ChampionsApi(ChampionsProgram program, Superfans superfans, Badges badges) {
        this.program = program;
        this.superfans = superfans;
        this.badges = badges;
    }

    @GetMapping("/api/v1/champions")
    @Operation(summary = "Every champion: members in an active term (with those of its tags the reader may see, and its end) and members given the champion role directly")
    List<ChampionsProgram.Champion> champions(Actor actor) {
        return program.champions(actor);
    }

    @GetMapping("/api/v1/champions/terms")
    @Operation(summary = "Staff: every nomination and term, with history; an active term has its champion's tags as they are now, others none")
    List<ChampionTerm> terms(Actor actor) {
        return program.all(actor);
    }

    @PostMapping("/api/v1/champions/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: nominate a member {memberId, reason}; 409 when one is already open")
    ChampionTerm nominate(@RequestBody Nomination input, Actor actor) {
        if (input.memberId() == null) throw new org.muster.platform.Invalid("memberId", "badge.member");
        return program.nominate(actor, input.memberId(), input.reason());
    }

    @PostMapping("/api/v1/champions/terms/{id}/approve")
    @Operation(summary = "Staff: approve a nomination for {months} with {tags} of expertise")
    ChampionTerm approve(@PathVariable long id, @RequestBody Approval input, Actor actor) {
        return program.approve(actor, id, input.months(), input.tags());
    }

    @PostMapping("/api/v1/champions/terms/{id}/decline")
    @Operation(summary = "Staff: decline a nomination {reason}")
    ChampionTerm decline(@PathVariable long id, @RequestBody ReasonInput input, Actor actor) {
        return program.decline(actor, id, input.reason());
    }

    @PostMapping("/api/v1/champions/terms/{id}/renew")
    @Operation(summary = "Staff: extend an active term by {months}")
    ChampionTerm renew(@PathVariable long id, @RequestBody Renewal input, Actor actor) {
        return program.renew(actor, id, input.months());
    }

    @PostMapping("/api/v1/champions/terms/{id}/end")
    @Operation(summary = "Staff: end an active term now {reason}")
    ChampionTerm end(@PathVariable long id, @RequestBody ReasonInput input, Actor actor) {
        return program.end(actor, id, input.reason());
    }

    @GetMapping("/api/v1/superfans")
    @Operation(summary = "Staff: members by superfan score, filtered by minScore, tag, skill, city, language")
    List<Superfans.Fan> superfans(@RequestParam(required = false) Double minScore, @RequestParam(required = false) String tag,
                                  @RequestParam(required = false) String skill, @RequestParam(required = false) String city,
                                  @RequestParam(required = false) String language, Actor actor) {
        return superfans.find(actor, new Superfans.Filter(minScore, tag, skill, city, language));
    }

    @PutMapping("/api/v1/me/motivation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "What motivates you: money, doing-good, showing-skills or discounts (null to clear)")
    void motivation(@RequestBody MotivationInput input, Actor actor) {
        superfans.setMotivation(actor, input.motivation());
    }

    @PostMapping("/api/v1/badges/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: a badge earned by a rule, e.g. accepted >= 5 and tag(\"router\") >= 100; 400 names the position of a syntax error")
    Badge ruleBadge(@RequestBody RuleBadge input, Actor actor) {
        return badges.createRule(actor, input.name(), input.description(), input.level(), input.rule());
    }
}
