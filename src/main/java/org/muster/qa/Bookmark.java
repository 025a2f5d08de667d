package org.muster.qa;

import java.time.Instant;

/** A post the member bookmarked, with the question it belongs to (itself, for a question). */
public record Bookmark(long postId, String kind, long questionId, String questionTitle, String excerpt, Instant bookmarkedAt) {

    /** The post's place on its question's page. */
    public String path() {
        var question = "/questions/" + questionId + "/" + Question.slugOf(questionTitle);
        return postId == questionId ? question : question + "#post-" + postId;
    }
}
