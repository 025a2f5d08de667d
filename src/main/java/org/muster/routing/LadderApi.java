package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Response-time ladder")
class LadderApi {

    private final LadderSettings settings;
    private final LadderTimeline timeline;

    LadderApi(LadderSettings settings, LadderTimeline timeline) {
        this.settings = settings;
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/spaces/{slug}/ladder")
    @Operation(summary = "Admins: hours after asking at which an unanswered question of the space moves up each step "
            + "(morePeers, champions, staffQueue, escalation); null: the step is left out")
    Ladder ladder(@PathVariable String slug, Actor actor) {
        return settings.ladder(actor, slug);
    }

    @PutMapping("/api/v1/spaces/{slug}/ladder")
    @Operation(summary = "Admins: set the space's ladder; each step 1-8760 hours and later than the steps before it, "
            + "null leaves it out, all null removes the ladder")
    Ladder setLadder(@PathVariable String slug, @RequestBody Ladder ladder, Actor actor) {
        return settings.set(actor, slug, ladder);
    }

    @GetMapping("/api/v1/staff/waiting")
    @Operation(summary = "Staff: unanswered questions in the staff queue, oldest asked first, with hours waited")
    List<LadderTimeline.Waiting> waiting(Actor actor) {
        return timeline.waiting(actor, Instant.now());
    }

    @GetMapping("/api/v1/questions/{id}/timeline")
    @Operation(summary = "The ladder steps the question reached: every step for staff and moderators, for the asker "
            + "the same steps; empty for anyone else")
    LadderTimeline.Timeline questionTimeline(@PathVariable long id, Actor actor) {
        return timeline.timeline(actor, id);
    }
}
