package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Canonical answers")
class CanonicalAnswerApi {

    private final CanonicalAnswers canonical;

    CanonicalAnswerApi(CanonicalAnswers canonical) {
        this.canonical = canonical;
    }

    @GetMapping("/api/v1/canonical-answers/{answerId}")
    @Operation(summary = "A canonical question's solution (accepted or validated answer) with what it applies to, its "
            + "review day, who verified it, and whether it is outdated; 404 for any other answer")
    CanonicalAnswer get(@PathVariable long answerId, Actor actor) {
        return canonical.get(actor, answerId);
    }

    @PutMapping("/api/v1/canonical-answers/{answerId}")
    @Operation(summary = "Staff and champions of the question's tags: set {appliesTo (free text, at most 200), "
            + "reviewOn (YYYY-MM-DD, after today, within 10 years)}; blank clears; 403 for anyone else")
    CanonicalAnswer note(@PathVariable long answerId, @RequestBody CanonicalNoteInput input, Actor actor) {
        return canonical.note(actor, answerId, input);
    }

    @PostMapping("/api/v1/canonical-answers/{answerId}/verification")
    @Operation(summary = "Staff and champions of the question's tags: the answer still holds; {reviewOn} is its next "
            + "review day (required); clears outdated; 403 for anyone else")
    CanonicalAnswer verify(@PathVariable long answerId, @RequestBody CanonicalReviewInput input, Actor actor) {
        return canonical.verify(actor, answerId, input);
    }

    @PostMapping("/api/v1/canonical-answers/{answerId}/outdated")
    @Operation(summary = "Staff and champions of the question's tags: mark the answer outdated, with {newerAnswerId} "
            + "(optional) an answer they may see that replaces it; every reader sees \"outdated, see …\"; 403 for anyone else")
    CanonicalAnswer markOutdated(@PathVariable long answerId, @RequestBody CanonicalReviewInput input, Actor actor) {
        return canonical.markOutdated(actor, answerId, input);
    }

    @GetMapping("/api/v1/canonical-answers/health")
    @Operation(summary = "Staff and champions: canonical answers due or overdue for review, then outdated ones, "
            + "among those they may review (a champion: in their tags)")
    List<CanonicalAnswer> health(Actor actor) {
        return canonical.health(actor);
    }
}
