package org.muster.qa;

import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** What members do to any post: vote, mark helpful, comment, edit, delete, read its history. */
@Service
@NamedInterface("api")
public class PostService {

    private final PostRepository posts;
    private final QuestionRepository questions;
    private final CommentRepository comments;
    private final Tags tags;
    private final SpaceService spaces;
    private final Markdown markdown;
    private final PostGuard guard;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;

    PostService(PostRepository posts, QuestionRepository questions,
                CommentRepository comments, Tags tags, SpaceService spaces,
                Markdown markdown, PostGuard guard, DraftRepository drafts, ApplicationEventPublisher events) {
        this.posts = posts;
        this.questions = questions;
        this.comments = comments;
        this.tags = tags;
        this.spaces = spaces;
        this.markdown = markdown;
        this.guard = guard;
        this.drafts = drafts;
        this.events = events;
    }

    /** +1, -1, or 0 to withdraw; never on one's own post; repeating a vote changes nothing. */
    @Transactional
    public int vote(Actor actor, long postId, int value) {
        long memberId = actor.requireMember();
        if (value < -1 || value > 1) throw new Invalid("value", "vote.value");
        var post = visible(actor, postId);
        if (Rights.isAuthor(actor, post.authorId())) throw new Forbidden("vote.own-post");
        if (post.deletedAt() != null) throw new Conflict(null, "post.deleted.conflict");
        int previous = posts.lockVote(postId, memberId);
        if (previous != value) {
            posts.setVote(postId, memberId, previous, value);
            events.publishEvent(new VoteCast(postId, post.questionId(), memberId, post.authorId(), value, previous));
        }
        return posts.score(postId);
    }

    @Transactional
    public void markHelped(Actor actor, long postId) {
        long memberId = actor.requireMember();
        var post = visible(actor, postId);
        if (Rights.isAuthor(actor, post.authorId())) throw new Forbidden("helped.own-post");
        if (posts.markHelped(postId, memberId)) events.publishEvent(new HelpedMarked(postId, post.questionId(), memberId, post.authorId()));
    }

    @Transactional
    public Comment comment(Actor actor, long postId, AddComment input) {
        long memberId = actor.requireMember();
        var body = input.body() == null ? "" : input.body().strip();
        if (!InputText.fits(body, 2, 600)) throw new Invalid("body", "comment.body.length");
        var post = visible(actor, postId);
        if (post.deletedAt() != null) throw new Conflict(null, "post.deleted.conflict");
        var question = questions.find(post.questionId()).orElseThrow();
        if (question.locked()) throw new Conflict(null, "question.locked");
        var draft = new Draft("comment", post.spaceId(), null, body, Map.of(), question.tags());
        var admitted = guard.admit(actor, draft);
        long id = comments.insert(postId, memberId, admitted.body());
        if (admitted.held()) comments.setHeld(id, "review");
        posts.touch(post.questionId());
        guard.stored(actor, draft, admitted, new StoredPost(postId, post.questionId(), id));
        drafts.delete(memberId, DraftPlace.commenting(postId));
        events.publishEvent(new CommentAdded(id, postId, post.questionId(), memberId));
        if (admitted.held()) events.publishEvent(new CommentHeld(id, postId, post.questionId(), "review"));
        return comments.find(id).orElseThrow();
    }

    @Transactional
    public void deleteComment(Actor actor, long commentId) {
        actor.requireMember();
        var comment = comments.find(commentId).orElseThrow(NotFound::new);
        var post = visible(actor, comment.postId());
        if (!Rights.isAuthor(actor, comment.authorId()) && !actor.has(Role.MODERATOR))
            throw new Forbidden("comment.delete.forbidden");
        comments.delete(commentId, actor.memberId());
        events.publishEvent(new CommentDeleted(commentId, post.id(), post.questionId(), actor.memberId()));
    }

    /** Authors and champions edit; every edit is kept as a revision. */
    @Transactional
    public int edit(Actor actor, long postId, EditPost edit) {
        long editorId = actor.requireMember();
        var post = visible(actor, postId);
        if (!Rights.isAuthor(actor, post.authorId()) && !actor.has(Role.CHAMPION)) throw new Forbidden("post.edit.forbidden");
        if (post.deletedAt() != null) throw new Conflict(null, "post.deleted.conflict");
        var question = questions.find(post.questionId()).orElseThrow();
        if (question.locked() && !actor.has(Role.MODERATOR)) throw new Conflict(null, "question.locked");
        int revision;
        if (post.isQuestion()) {
            var title = edit.title() == null ? question.title() : QuestionService.title(edit.title());
            var body = edit.body() == null ? question.body() : Bodies.check(edit.body());
            var space = spaces.view(actor, spaces.requireVisible(actor, question.spaceId()).slug());
            var fields = edit.fields() == null ? question.fields() : QuestionService.fields(space, edit.fields());
            var tagNames = edit.tags() == null ? question.tags() : Tags.normalize(edit.tags());
            var admitted = guard.admit(actor, new Draft("edit", question.spaceId(), title, body, fields, tagNames));
            title = admitted.title();
            body = admitted.body();
            fields = admitted.fields();
            if (edit.tags() != null) questions.replaceTags(postId, tags.resolve(actor, space, edit.tags()));
            questions.update(postId, title, body, markdown.toHtml(body), fields, editorId);
            revision = posts.addRevision(postId, editorId, title, body, tagNames, fields, edit.comment());
        } else {
            if (edit.body() == null) throw new Invalid("body", "post.body.required");
            var body = guard.admit(actor, new Draft("edit", post.spaceId(), null, Bodies.check(edit.body()), Map.of(),
                    List.of())).body();
            posts.updateBody(postId, body, markdown.toHtml(body), editorId);
            posts.touch(post.questionId());
            revision = posts.addRevision(postId, editorId, null, body, List.of(), Map.of(), edit.comment());
        }
        drafts.delete(editorId, DraftPlace.editing(postId));
        events.publishEvent(new PostEdited(postId, post.questionId(), editorId, revision));
        return revision;
    }

    /** Soft delete by the author or a moderator: the content stays for moderators and audit. */
    @Transactional
    public void delete(Actor actor, long postId, boolean deleted) {
        actor.requireMember();
        var post = visible(actor, postId);
        if (!(deleted && Rights.isAuthor(actor, post.authorId())) && !actor.has(Role.MODERATOR))
            throw new Forbidden("post.delete.forbidden");
        if ((post.deletedAt() != null) == deleted && post.held() == null) return;
        posts.setDeleted(postId, deleted ? actor.memberId() : null);
        if (!post.isQuestion()) {
            questions.countAnswers(post.questionId());
            questions.refreshSolved(post.questionId());
        }
        events.publishEvent(deleted ? new PostDeleted(postId, post.questionId(), actor.memberId())
                : new PostRestored(postId, post.questionId(), actor.memberId()));
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(Actor actor, long postId) {
        var post = visible(actor, postId);
        if (post.deletedAt() != null && !actor.has(Role.MODERATOR)) throw new NotFound();
        return posts.revisions(postId);
    }

    /** The post's question id, for links back from a post. */
    @Transactional(readOnly = true)
    public long questionOf(Actor actor, long postId) {
        return visible(actor, postId).questionId();
    }

    private PostRepository.PostRef visible(Actor actor, long postId) {
        var post = posts.find(postId).orElseThrow(NotFound::new);
        spaces.requireVisible(actor, post.spaceId());
        var question = questions.find(post.questionId()).orElseThrow(NotFound::new);
        if (question.deleted() && !actor.has(Role.MODERATOR)) throw new NotFound();
        if (post.deletedAt() != null && !actor.has(Role.MODERATOR) && !Rights.isAuthor(actor, post.authorId()))
            throw new NotFound();
        return post;
    }
}
