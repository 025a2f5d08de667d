package org.muster.qa;

import org.muster.platform.Markdown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the moderation module does to posts after it has decided who may: hold and release, hide,
 * redact. It checks nothing itself, so only moderation's services call it.
 */
@Service
public class PostModeration {

    private final PostRepository posts;
    private final QuestionRepository questions;
    private final CommentRepository comments;
    private final ModerationRepository moderated;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    PostModeration(PostRepository posts, QuestionRepository questions, CommentRepository comments,
                   ModerationRepository moderated, Markdown markdown, ApplicationEventPublisher events) {
        this.posts = posts;
        this.questions = questions;
        this.comments = comments;
        this.moderated = moderated;
        this.markdown = markdown;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<ModeratedPost> post(long postId) {
        return moderated.posts(List.of(postId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, ModeratedPost> posts(Collection<Long> postIds) {
        return moderated.posts(postIds).stream()
                .collect(java.util.stream.Collectors.toMap(ModeratedPost::id, p -> p));
    }

    @Transactional(readOnly = true)
    public Optional<Comment> comment(long commentId) {
        return comments.find(commentId);
    }

    @Transactional(readOnly = true)
    public Map<Long, AuthorRecord> authorRecords(Collection<Long> authorIds) {
        return moderated.authorRecords(authorIds, null);
    }

    /** What the authors posted in these spaces only: a reader's view counts what he may read. */
    @Transactional(readOnly = true)
    public Map<Long, AuthorRecord> authorRecords(Collection<Long> authorIds, Collection<Long> spaceIds) {
        return moderated.authorRecords(authorIds, spaceIds);
    }

    /**
     * Live answers per author in these spaces, for the rank beside every author's name: one indexed
     * count, rather than the whole record with its accepted answers, on every page.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> answerCounts(Collection<Long> authorIds, Collection<Long> spaceIds) {
        return moderated.answerCounts(authorIds, spaceIds);
    }

    /** Live posts by the author: the first few of a new member get stricter checks. */
    @Transactional(readOnly = true)
    public int livePostCount(long authorId) {
        return posts.countLive(authorId);
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
