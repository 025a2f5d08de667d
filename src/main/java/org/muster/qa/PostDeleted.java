package org.muster.qa;

import org.muster.platform.EventName;

/**
 * Its author or a moderator deleted a post. New entries always carry {@code deletedBy} and
 * {@code deleted} true; entries recorded before {@link PostRestored}, {@link PostHeld} and
 * {@link PostReleased} existed also used this event for those, with {@code deleted} false for a post
 * that came back and an empty {@code deletedBy} when moderation held or released it.
 */
@EventName("PostDeleted")
public record PostDeleted(long postId, long questionId, Long deletedBy, boolean deleted) implements QuestionEvent {

    public PostDeleted(long postId, long questionId, long deletedBy) {
        this(postId, questionId, deletedBy, true);
    }
}
