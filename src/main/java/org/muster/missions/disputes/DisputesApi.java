package org.muster.missions.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Disputes about task reviews, hours, no-shows and rewards; they replace the no-show appeals of /api/v1/appeals. */
@RestController
@Tag(name = "Missions")
class DisputesApi {

    record NewDispute(String kind, Long item, String reason) {
    }

    record NewComment(String body) {
    }

    record Resolution(String decision, String reason) {
    }

    private final Disputes disputes;

    DisputesApi(Disputes disputes) {
        this.disputes = disputes;
    }

    @PostMapping("/api/v1/disputes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Dispute an item of yours {kind: task-review|hours|no-show|reward, item: the submission, sign-up or redemption id, reason}; 404 if not yours, 409 if it cannot be disputed or is already")
    Dispute open(@RequestBody NewDispute input, Actor actor) {
        return disputes.open(actor, input.kind(), input.item() == null ? 0 : input.item(), input.reason());
    }

    @GetMapping("/api/v1/disputes")
    @Operation(summary = "Your disputes; staff with queue=open the open ones oldest first, with queue=resolved the latest resolved")
    List<Dispute> list(@RequestParam(required = false) String queue, Actor actor) {
        if (queue == null) return disputes.mine(actor);
        return disputes.queue(actor, !queue.equals("resolved"));
    }

    @GetMapping("/api/v1/disputes/{id}")
    @Operation(summary = "A dispute with its history (comments, resolution, correcting entry); its member and staff only, 404 for anyone else")
    Disputes.History history(@PathVariable long id, Actor actor) {
        return disputes.history(actor, id);
    }

    @PostMapping("/api/v1/disputes/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add to an open dispute's history {body}; its member or staff")
    DisputeComment comment(@PathVariable long id, @RequestBody NewComment input, Actor actor) {
        return disputes.comment(actor, id, input.body());
    }

    @PostMapping("/api/v1/disputes/{id}/resolution")
    @Operation(summary = "Staff: resolve {decision: accept|reject, reason}; accepting corrects the item and posts the correcting ledger entry where points are due")
    Dispute resolve(@PathVariable long id, @RequestBody Resolution input, Actor actor) {
        return disputes.resolve(actor, id, input.decision(), input.reason());
    }

    @GetMapping("/api/v1/disputes/counts")
    @Operation(summary = "Staff: disputes opened in [from, to) by kind and outcome (open, accepted, rejected)")
    List<Disputes.Count> counts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to, Actor actor) {
        return disputes.counts(actor, from, to);
    }
}
