package org.muster.routing;

import org.muster.platform.ActorDirectory;
import org.muster.qa.PostVisibility;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Keeps of a member's notifications only those about what they may still see, asked when a
 * notification is shown, mailed or put in a digest, never only when it was written: the space may
 * have turned private, the post been deleted or held since. A member who is gone may see nothing.
 */
@Component
class WhatTheyMaySee {

    private final ActorDirectory actors;
    private final PostVisibility visibility;

    WhatTheyMaySee(ActorDirectory actors, PostVisibility visibility) {
        this.actors = actors;
        this.visibility = visibility;
    }

    /** Whether the member may see what this notice is about, before it is stored. */
    boolean mayBeTold(Notice notice) {
        return !keepVisible(notice.memberId(), List.of(new Notification(0, notice.memberId(), notice.kind(),
                notice.questionId(), notice.postId(), notice.commentId(), notice.subjectId(), notice.actorId(),
                notice.messageKey(), notice.args(), notice.path(), null, null))).isEmpty();
    }

    List<Notification> keepVisible(long memberId, List<Notification> notifications) {
        if (notifications.isEmpty()) return notifications;
        var actor = actors.byMemberId(memberId);
        if (actor.isEmpty()) return List.of();
        var posts = visibility.visiblePosts(actor.get(), notifications.stream()
                .flatMap(n -> java.util.stream.Stream.of(n.questionId(), n.postId())).filter(Objects::nonNull).toList());
        var comments = visibility.visibleComments(actor.get(), notifications.stream()
                .map(Notification::commentId).filter(Objects::nonNull).toList());
        // Review items are for those who still review: a demoted moderator no longer learns what the queue holds.
        boolean reviews = actor.get().has(org.muster.platform.Role.CHAMPION);
        return notifications.stream()
                .filter(n -> n.kind() != NotificationKind.MODERATION || reviews)
                .filter(n -> n.questionId() == null || posts.contains(n.questionId()))
                .filter(n -> n.postId() == null || posts.contains(n.postId()))
                .filter(n -> n.commentId() == null || comments.contains(n.commentId()))
                .toList();
    }
}
