package org.muster.qa;

/** What an author has posted so far: the review queue shows it, trust levels count on it. */
public record AuthorRecord(long authorId, int questions, int answers, int deleted, int accepted) {
}
