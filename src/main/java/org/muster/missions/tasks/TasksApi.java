package org.muster.missions.tasks;

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

/** Proof for task missions and its review. */
@RestController
@Tag(name = "Missions")
class TasksApi {

    record Proof(String body, String link, String imageBase64) {
    }

    record Review(String decision, String note) {
    }

    record Reviews(List<Long> ids, String decision, String note) {
    }

    record Reviewed(int reviewed) {
    }

    private final Tasks tasks;

    TasksApi(Tasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/api/v1/missions/{slug}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit proof for a task mission {body, link, imageBase64 (PNG, JPEG, GIF or WebP up to 900 kB)}; secrets and personal data in the text are masked; 409 when closed, 403 with reasons when not eligible")
    Submission submit(@PathVariable String slug, @RequestBody Proof input, Actor actor) {
        return tasks.submit(actor, slug, input.body(), input.link(), decode(input.imageBase64()), "imageBase64");
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) return null;
        try {
            return java.util.Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new org.muster.platform.Invalid("imageBase64", "image.type");
        }
    }

    @GetMapping("/api/v1/me/submissions")
    @Operation(summary = "Your mission submissions, where their review stands and what the last review said (reviewNote: a rejection's reason, what more is asked)")
    List<Submission> mine(Actor actor) {
        return tasks.mine(actor);
    }

    @GetMapping("/api/v1/submissions")
    @Operation(summary = "Staff: submissions waiting for review")
    List<Submission> waiting(Actor actor) {
        return tasks.waiting(actor);
    }

    @PostMapping("/api/v1/submissions/{id}/review")
    @Operation(summary = "Staff: {decision: accept|reject|more-info, note}; secrets and personal data in the note are masked; accepting pays the reward from the program's budget")
    Submission review(@PathVariable long id, @RequestBody Review input, Actor actor) {
        return tasks.review(actor, id, input.decision(), input.note());
    }

    @PostMapping("/api/v1/submissions/review")
    @Operation(summary = "Staff: one decision on several submissions at once {ids, decision: accept|reject|more-info, note (needed to reject)}; "
            + "all or nothing: 409 on field ids when any of them is no longer waiting for review")
    Reviewed reviewAll(@RequestBody Reviews input, Actor actor) {
        return new Reviewed(tasks.reviewAll(actor, input.ids(), input.decision(), input.note()));
    }
}
