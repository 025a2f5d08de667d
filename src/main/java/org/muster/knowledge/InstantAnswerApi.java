package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.muster.platform.SiteLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Instant answers")
class InstantAnswerApi {

    private final InstantAnswerService instantAnswers;
    private final SiteLinks links;

    InstantAnswerApi(InstantAnswerService instantAnswers, SiteLinks links) {
        this.instantAnswers = instantAnswers;
        this.links = links;
    }

    /** An instant answer offered: its id for the choice, the solved question and its solution's sanitized HTML. */
    record InstantAnswerJson(long id, long questionId, String title, String url, String solutionHtml, boolean validated) {
    }

    record Choice(String choice) {
    }

    @GetMapping("/api/v1/instant-answers")
    @Operation(summary = "Members: the solution of a solved question the caller may see that is close enough to the "
            + "question being asked (title, body so far) to offer before posting, as the ask form does; 204 when "
            + "none is, or the caller answered that offer lately. Each offer counts once as shown in insights")
    ResponseEntity<InstantAnswerJson> offer(@RequestParam(required = false) String title,
                                            @RequestParam(required = false) String body, Actor actor) {
        actor.requireMember();
        return instantAnswers.offer(actor, title, body)
                .map(o -> ResponseEntity.ok(new InstantAnswerJson(o.id(), o.questionId(), o.title(),
                        links.absolute("/questions/" + o.questionId() + "/" + o.slug()), o.solutionHtml(), o.validated())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/instant-answers/{id}/choice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The caller's answer to an instant answer offered to him: {choice: solved} (\"Yes, thanks\") or "
            + "{choice: ask-anyway}; the first answer counts, later ones change nothing; another member's offer is 404. "
            + "Posting a question while offered counts as ask-anyway")
    void choose(@PathVariable long id, @RequestBody(required = false) Choice choice, Actor actor) {
        instantAnswers.choose(actor, id, choice == null ? null : choice.choice());
    }
}
