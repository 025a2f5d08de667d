package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * The knowledge articles that document a thread, for "now documented in …" under its question. Q&A asks
 * through this; the knowledge module, which owns articles, answers.
 */
@NamedInterface("ports")
public interface ThreadArticles {

    /** The articles the reader may see that were written from this question, the newest first. */
    List<ThreadArticle> documenting(Actor actor, long questionId);

    /** An article as a thread links to it: its title and its page's path. */
    record ThreadArticle(long id, String title, String path) {
    }
}
