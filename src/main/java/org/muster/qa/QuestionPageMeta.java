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

    /** For a question visitors may see; empty for any other (private spaces, deleted or held questions). */
    Optional<PageMeta> of(Question question);
}
