package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.muster.spaces.SpaceService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of many posts and comments a reader may see now, in two queries: for notifications, mails and
 * webhooks that were written earlier and must not outlive the reader's right to see what they are
 * about (a space turned private, a post deleted or held, a sanctioned author's post hidden). The rule is
 * the question page's: deleted is shown only to moderators, held (deleted while it awaits review) also
 * to its author.
 */
@Service
@NamedInterface("api")
public class PostVisibility {

    private final PostRepository posts;
    private final SpaceService spaces;

    PostVisibility(PostRepository posts, SpaceService spaces) {
        this.posts = posts;
        this.spaces = spaces;
    }

    /** The ids among these questions and answers that the actor may see, on a question they may see. */
    @Transactional(readOnly = true)
    public Set<Long> visiblePosts(Actor actor, Collection<Long> postIds) {
        if (postIds.isEmpty()) return Set.of();
        var spaceIds = new HashSet<>(spaces.visibleSpaceIds(actor));
        var visible = new HashSet<Long>();
        for (var post : posts.listReadable(postIds))
            if (spaceIds.contains(post.spaceId()) && shown(actor, post.deleted(), post.held(), post.authorId())
                    && shown(actor, post.questionDeleted(), post.questionHeld(), post.questionAuthorId()))
                visible.add(post.id());
        return visible;
    }

    /** The ids among these comments that the actor may see, on a post they may see. */
    @Transactional(readOnly = true)
    public Set<Long> visibleComments(Actor actor, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) return Set.of();
        var comments = posts.listReadableComments(commentIds);
        var onVisiblePosts = visiblePosts(actor, comments.stream().map(PostRepository.ReadableComment::postId).toList());
        var visible = new HashSet<Long>();
        for (var comment : comments)
            if (onVisiblePosts.contains(comment.postId()) && shown(actor, comment.deleted(), comment.held(), comment.authorId()))
                visible.add(comment.id());
        return visible;
    }

    private static boolean shown(Actor actor, boolean deleted, boolean held, Long authorId) {
        return !deleted || actor.has(Role.MODERATOR) || (held && Rights.isAuthor(actor, authorId));
    }
}
