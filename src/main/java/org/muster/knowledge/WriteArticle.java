package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * An article as written or edited: the form, POST and PUT /api/v1/articles share it. {@code questions}
 * are the threads it documents; an edit keeps the threads it was written from and ignores them.
 */
@NamedInterface("api")
public record WriteArticle(String space, String title, String body, List<String> tags, List<Long> questions) {
}
