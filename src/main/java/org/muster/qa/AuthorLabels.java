package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.util.Collection;
import java.util.Map;

/**
 * What a thread shows beside each author's name (rank and reputation). Q&A asks through this; the
 * recognition module answers, once per page.
 */
@NamedInterface("ports")
public interface AuthorLabels {

    /**
     * Labels of the authors of a thread whose question carries these tags (a champion of one is a
     * verified expert), as a reader who may read these spaces sees them: reputation from those spaces only.
     */
    Map<Long, String> labels(Collection<Long> authorIds, Collection<String> tags, Collection<Long> readableSpaces);
}
