package org.muster.knowledge;

import org.muster.platform.Slugs;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/** A knowledge article: written by staff from solved threads, in one space, at its latest revision. */
@NamedInterface("api")
public record Article(long id, long spaceId, long authorId, String title, String body, String bodyHtml,
                      List<String> tags, int revision, Instant createdAt, Long editedBy, Instant editedAt) {

    public Article {
        tags = List.copyOf(tags);
    }

    public String slug() {
        return Slugs.of(title);
    }

    /** The article page's path, e.g. {@code /articles/4/reset-the-router}. */
    public String path() {
        return "/articles/" + id + "/" + slug();
    }

    /** When it last changed: its last edit, else when it was written. */
    public Instant modifiedAt() {
        return editedAt != null ? editedAt : createdAt;
    }
}
