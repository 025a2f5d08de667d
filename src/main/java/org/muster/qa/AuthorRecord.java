package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/** What an author has posted so far: the review queue shows it, trust levels count on it. */
@NamedInterface("unchecked")
public record AuthorRecord(long authorId, int questions, int answers, int deleted, int accepted) {
}
