package org.muster.knowledge;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * Questions the reader may see, ranked against one being asked as the similar-questions panel ranks
 * them, each with its plain embedding cosine to the text: how close is close enough for an instant
 * answer is knowledge's rule. The search module answers.
 */
@NamedInterface("ports")
public interface ClosestQuestions {

    /**
     * The cosine an instant answer needs unless {@code muster.knowledge.instant-answer-closeness} says
     * otherwise: the lowest with a precision of at least 0.8 on SemEval-2016 task 3 training data, where
     * only a PerfectMatch counts as right (see README).
     */
    String DEFAULT_CLOSENESS = "0.80";

    /** The best {@code limit} at most, best first; empty for blank text. */
    List<CloseQuestion> closest(Actor actor, String title, String body, int limit);

    /** A question and its cosine (-1 to 1) to the text asked. */
    record CloseQuestion(long questionId, double cosine) {
    }
}
