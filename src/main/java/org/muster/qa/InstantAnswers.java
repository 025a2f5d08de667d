package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * The solved question the ask form offers a member before he posts ("Does this solve it?"). Q&A asks
 * through this; the knowledge module, which decides how close is close enough and records what the
 * member chose, answers.
 */
@NamedInterface("ports")
public interface InstantAnswers {

    /**
     * The solution to offer a member asking this, unless he already answered that offer; empty for
     * visitors and for text that matches no solved question he may see closely enough.
     */
    Optional<InstantAnswerOffer> offer(Actor actor, String title, String body);

    /** The member saw the offer and chose to ask anyway ("No, ask anyway"). */
    void askAnyway(Actor actor, long offerId);
}
