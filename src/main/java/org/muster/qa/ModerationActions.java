package org.muster.qa;

import org.muster.platform.Markdown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the moderation module does to posts after it has decided who may: hold and release, hide,
 * redact. It checks nothing itself, so it is a named interface only moderation lists
 * ({@code qa :: moderation}); every other module is refused it by ModularityTests.
 */
@Service
@NamedInterface("moderation")
public class ModerationActions {

    private final PostRepository posts;
    private final QuestionRepository questions;
    private final CommentRepository comments;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    ModerationActions(PostRepository posts, QuestionRepository questions, CommentRepository comments, Markdown markdown,
                      ApplicationEventPublisher events) {
        this.posts = posts;
        this.questions = questions;
        this.comments = comments;
        this.markdown = markdown;
        this.events = events;
    }

    /** Takes a live post out of view ('flags': hidden until reviewed). */
    @Transactional
    public void hide(long postId, String why) {
        var post = posts.find(postId).orElseThrow();
        if (post.deletedAt() != null) return;
        posts.setHeld(postId, why);
        counted(post);
        events.publishEvent(new PostHeld(postId, post.questionId(), why));
    }

    /** Brings a held or hidden post back into view; a deleted one stays deleted. */
    @Transactional
    public void release(long postId) {
        var post = posts.find(postId).orElseThrow();
        if (post.held() == null) return;
        posts.setHeld(postId, null);
        counted(post);
        events.publishEvent(new PostReleased(postId, post.questionId()));
    }

    @Transactional
    public void hideComment(long commentId, String why) {
        var comment = comments.find(commentId).orElseThrow();
        if (comment.deletedAt() != null) return;
        comments.setHeld(commentId, why);
        var post = posts.find(comment.postId()).orElseThrow();
        events.publishEvent(new CommentHeld(commentId, post.id(), post.questionId(), why));
    }

    @Transactional
    public void releaseComment(long commentId) {
        var comment = comments.find(commentId).orElseThrow();
        if (comment.hold() == null) return;
        comments.setHeld(commentId, null);
        var post = posts.find(comment.postId()).orElseThrow();
        events.publishEvent(new CommentReleased(commentId, post.id(), post.questionId()));
    }

    /**
     * Replaces a piece of text with a mask in the post, its template values and every revision, so
     * no history keeps it; returns how many versions changed (0: the text was not there).
     */
    @Transactional
    public int redact(long postId, String text, String mask, long moderatorId) {
        var post = posts.find(postId).orElseThrow();
        int changed = posts.redact(postId, text, mask, markdown::toHtml);
        if (changed > 0) events.publishEvent(new PostRedacted(postId, post.questionId(), moderatorId, changed));
        return changed;
    }

    @Transactional
    public int redactComment(long commentId, String text, String mask) {
        var comment = comments.find(commentId).orElseThrow();
        int changed = comments.redact(commentId, text, mask);
        if (changed > 0) {
            var post = posts.find(comment.postId()).orElseThrow();
            events.publishEvent(new CommentRedacted(commentId, post.id(), post.questionId()));
        }
        return changed;
    }

    private void counted(PostRepository.PostRef post) {
        if (!post.isQuestion()) {
            questions.countAnswers(post.questionId());
            questions.refreshSolved(post.questionId());
        }
    }
}
