package org.muster.qa;

import org.muster.platform.PageMeta;
import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * What a question's page tells search engines and link previews (description, canonical link, OpenGraph,
 * structured data). Q&A asks through this; the knowledge module answers.
 */
@NamedInterface("ports")
public interface QuestionPageMeta {

    /**
     * For a question visitors may see (it is live and its space is public); empty for any other.
     *
     * @param summary the plain words of the thread's summary (for the description), or null
     */
    Optional<PageMeta> of(ThreadContent thread, boolean publicSpace, String summary);
}
