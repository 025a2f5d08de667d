package org.muster.knowledge;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review page of one canonical answer (note, verify, outdated) and the content health list. */
@Controller
class CanonicalAnswerPages {

    private final CanonicalAnswers canonical;

    CanonicalAnswerPages(CanonicalAnswers canonical) {
        this.canonical = canonical;
    }

    @GetMapping("/canonical/answers/{answerId}")
    String answer(@PathVariable long answerId, Actor actor, Model model) {
        var answer = canonical.review(actor, answerId);
        model.addAttribute("canonical", answer);
        model.addAttribute("nextReview", CanonicalAnswers.today().plusMonths(6));
        return "knowledge/canonical-answer";
    }

    @PostMapping("/canonical/answers/{answerId}")
    String note(@PathVariable long answerId, @RequestParam(required = false) String appliesTo,
                @RequestParam(required = false) String reviewOn, Actor actor) {
        canonical.note(actor, answerId, new CanonicalNoteInput(appliesTo, reviewOn));
        return "redirect:/canonical/answers/" + answerId;
    }

    @PostMapping("/canonical/answers/{answerId}/verification")
    String verify(@PathVariable long answerId, @RequestParam(required = false) String reviewOn, Actor actor) {
        canonical.verify(actor, answerId, new CanonicalReviewInput(reviewOn, null));
        return "redirect:/canonical/answers/" + answerId;
    }

    @PostMapping("/canonical/answers/{answerId}/outdated")
    String markOutdated(@PathVariable long answerId, @RequestParam(required = false) String newerAnswerId, Actor actor) {
        canonical.markOutdated(actor, answerId, new CanonicalReviewInput(null,
                org.muster.platform.FormNumbers.optional("newerAnswerId", newerAnswerId)));
        return "redirect:/canonical/answers/" + answerId;
    }

    @GetMapping("/canonical/health")
    String health(Actor actor, Model model) {
        model.addAttribute("answers", canonical.health(actor));
        return "knowledge/canonical-health";
    }
}
