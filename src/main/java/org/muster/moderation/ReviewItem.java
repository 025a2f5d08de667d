package org.muster.moderation;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * An open item of the review queue as another module may be told of it: the post (or a comment on it)
 * and its question, why it is there (flags, spam, votes), and who may act on it as the queue scopes
 * it. Whether each reviewer may read its space is for whoever tells them to check.
 */
@NamedInterface("api")
public record ReviewItem(long id, long postId, Long commentId, long questionId, String cause, List<Long> reviewers) {
}
