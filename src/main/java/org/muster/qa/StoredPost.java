package org.muster.qa;

/** Where an admitted draft was stored: a question or answer, or a comment (then commentId is set). */
public record StoredPost(long postId, long questionId, Long commentId) {
}
