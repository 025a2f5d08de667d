package org.muster.missions.programs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partners' people in their program's initiative. */
@RestController
@Tag(name = "Missions")
class InitiativeApi {

    record Invitation(String email) {
    }

    record Acceptance(String token) {
    }

    record MilestoneChange(Boolean done, String note) {
    }

    record NewUpdate(String body) {
    }

    private final Initiatives initiatives;

    InitiativeApi(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping("/api/v1/partners/{id}/invitations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Staff: invite someone of this partner {email}; the mail's link (valid 14 days, used once) lets them join the initiative")
    void invite(@PathVariable long id, @RequestBody Invitation input, Actor actor) {
        initiatives.invite(actor, id, input.email());
    }

    @PostMapping("/api/v1/partner-invitations/accept")
    @Operation(summary = "Accept an invitation {token: from the mailed link}; you then work in that partner's initiative")
    Program accept(@RequestBody Acceptance input, Actor actor) {
        return initiatives.accept(actor, input.token());
    }

    @GetMapping("/api/v1/initiatives/{slug}")
    @Operation(summary = "The program's initiative for its partners' people and staff: goals, plan, updates, your sponsorship; 404 for anyone else")
    Initiatives.Initiative initiative(@PathVariable String slug, Actor actor) {
        return initiatives.initiative(actor, slug);
    }

    @PatchMapping("/api/v1/milestones/{id}")
    @Operation(summary = "Update a milestone your partner owns (staff: any) {done, note}")
    Milestone milestone(@PathVariable long id, @RequestBody MilestoneChange input, Actor actor) {
        return initiatives.updateMilestone(actor, id, Boolean.TRUE.equals(input.done()), input.note());
    }

    @PostMapping("/api/v1/initiatives/{slug}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post an update on the initiative {body: Markdown, 2 to 5,000 characters}; shown sanitised")
    InitiativeUpdate post(@PathVariable String slug, @RequestBody NewUpdate input, Actor actor) {
        return initiatives.post(actor, slug, input.body());
    }
}
