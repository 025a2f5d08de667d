package org.muster.search;

import java.time.Instant;
import java.util.List;

/**
 * One question or knowledge article found: title and snippet as safe HTML with the matched words marked;
 * {@code path} its page. An article's id is the article's, and it has no answers, score or solved mark.
 */
record SearchHit(long id, String slug, String titleHtml, String snippetHtml, List<String> tags, String spaceSlug,
                        String spaceName, boolean solved, int answerCount, int score, Instant createdAt, boolean article,
                        String path) {
}
