package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * Finds questions like a given one or like one being asked, among those the reader may see. Q&A asks
 * through this; the search module, which owns the ranking, answers.
 */
@NamedInterface("ports")
public interface RelatedQuestions {

    /** Questions like a posted one, itself excluded; empty when it is not visible to the reader. */
    List<SimilarQuestion> related(Actor actor, long questionId, int limit);

    /** Questions like one being asked, from its title and body so far. */
    List<SimilarQuestion> similar(Actor actor, String title, String body, int limit);
}
