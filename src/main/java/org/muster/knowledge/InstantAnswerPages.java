package org.muster.knowledge;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Yes, thanks" under an instant answer on the ask form: the member goes on to the question that solved his. */
@Controller
class InstantAnswerPages {

    private final InstantAnswerService instantAnswers;

    InstantAnswerPages(InstantAnswerService instantAnswers) {
        this.instantAnswers = instantAnswers;
    }

    @PostMapping("/instant-answers/{id}/solved")
    String solved(@PathVariable long id, Actor actor) {
        return "redirect:/questions/" + instantAnswers.solve(actor, id);
    }
}
