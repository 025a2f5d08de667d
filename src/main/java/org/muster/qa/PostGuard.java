package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * The checks a post passes before it is stored: sanctions, trust-level limits, secrets and personal
 * data masked, spam held for review. Q&A asks through this; the moderation module answers.
 */
@NamedInterface("ports")
public interface PostGuard {

    /** Secrets and personal data in a text, for the author's preview. */
    List<Finding> findings(String text);

    /** The text with every finding masked. */
    String mask(String text);

    /** Refuses the draft (silenced, over a limit, links too early) or admits it, masked and perhaps held. */
    Admission admit(Actor actor, Draft draft);

    /** Called in the same transaction once the admitted post is stored. */
    void stored(Actor actor, Draft draft, Admission admission, StoredPost post);
}
