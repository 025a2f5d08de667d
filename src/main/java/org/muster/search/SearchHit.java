package org.muster.search;

import java.time.Instant;
import java.util.List;

/** One question found: title and snippet as safe HTML with the matched words marked. */
record SearchHit(long id, String slug, String titleHtml, String snippetHtml, List<String> tags, String spaceSlug,
                        String spaceName, boolean solved, int answerCount, int score, Instant createdAt) {
}
