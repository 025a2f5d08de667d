package org.muster.missions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Missions")
class MissionsApi {

    record NewProgram(String name, String description, Long budget, String currency, Long cashBudget) {
    }

    record Proof(String body, String link, String imageBase64) {
    }

    record Review(String decision, String note) {
    }

    private final Missions missions;

    MissionsApi(Missions missions) {
        this.missions = missions;
    }

    @PostMapping("/api/v1/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a program with budgets taken from the brand {name, description, budget (points), currency, cashBudget (minor units)}")
    Program program(@RequestBody NewProgram input, Actor actor) {
        return missions.createProgram(actor, input.name(), input.description(), input.budget(), input.currency(), input.cashBudget());
    }

    @PostMapping("/api/v1/missions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a mission {program, title, description, kind: task|shift|match|challenge, rewardPoints, rewardCash, rewardCurrency, approval: auto|staff, skills, languages, city, latitude, longitude, minRank, badge, championsOnly, perMemberLimit, perWeekLimit, startsAt, endsAt, challengeMetric: accepted|validated|helped|upvote, challengeTag, challengeTarget}; a reward beyond the budget is 400")
    Mission create(@RequestBody Missions.NewMission input, Actor actor) {
        return missions.create(actor, input);
    }

    @GetMapping("/api/v1/missions")
    @Operation(summary = "Every mission, with whether you may join it and, if not, the reasons")
    List<Missions.Offer> offers(Actor actor) {
        return missions.offers(actor);
    }

    @GetMapping("/api/v1/missions/{slug}")
    @Operation(summary = "One mission, with whether you may join it, the reasons if not, and your progress on a challenge")
    Missions.Offer offer(@PathVariable String slug, Actor actor) {
        return missions.offer(actor, slug);
    }

    @PostMapping("/api/v1/missions/{slug}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit proof for a task mission {body, link, imageBase64 (PNG, JPEG, GIF or WebP up to 900 kB)}; secrets and personal data in the text are masked; 409 when closed, 403 with reasons when not eligible")
    Submission submit(@PathVariable String slug, @RequestBody Proof input, Actor actor) {
        return missions.submit(actor, slug, input.body(), input.link(), decode(input.imageBase64()), "imageBase64");
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) return null;
        try {
            return java.util.Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new org.muster.platform.Invalid("imageBase64", "mission.image.type");
        }
    }

    @GetMapping("/api/v1/me/submissions")
    @Operation(summary = "Your mission submissions and where their review stands")
    List<Submission> mine(Actor actor) {
        return missions.mine(actor);
    }

    @GetMapping("/api/v1/submissions")
    @Operation(summary = "Staff: submissions waiting for review")
    List<Submission> waiting(Actor actor) {
        return missions.waiting(actor);
    }

    @PostMapping("/api/v1/submissions/{id}/review")
    @Operation(summary = "Staff: {decision: accept|reject|more-info, note}; secrets and personal data in the note are masked; accepting pays the reward from the program's budget")
    Submission review(@PathVariable long id, @RequestBody Review input, Actor actor) {
        return missions.review(actor, id, input.decision(), input.note());
    }
}
