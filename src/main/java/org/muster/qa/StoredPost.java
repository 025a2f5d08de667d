package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/** Where an admitted draft was stored: a question or answer, or a comment (then commentId is set). */
@NamedInterface("ports")
public record StoredPost(long postId, long questionId, Long commentId) {
}
