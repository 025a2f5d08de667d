package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/** One revision of an article: what it said, who wrote it and when. */
@NamedInterface("api")
public record ArticleRevision(long articleId, int revision, long editorId, String editorName, String title,
                              String body, List<String> tags, Instant createdAt) {

    public ArticleRevision {
        tags = List.copyOf(tags);
    }
}
