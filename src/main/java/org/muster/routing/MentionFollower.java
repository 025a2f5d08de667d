package org.muster.routing;

import org.muster.accounts.Members;
import org.muster.platform.ActorDirectory;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerPosted;
import org.muster.qa.CommentAdded;
import org.muster.qa.PostEdited;
import org.muster.qa.PostModeration;
import org.muster.qa.PostVisibility;
import org.muster.qa.Question;
import org.muster.qa.QuestionAsked;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.SequencedSet;

/**
 * Tells members a post mentions them: a question, answer or comment when it is posted, an edit only for
 * the mentions its previous revision did not have. Only a member who may see the post is told (a mention
 * in a private space reaches nobody outside it), never its author, and at most {@link #MOST} per post, so
 * a list of names cannot be used to page everyone. A replay tells nobody again.
 */
@Component
class MentionFollower implements FeedSubscriber {

    static final int MOST = 10;

    private final PostModeration posts;
    private final PostVisibility visibility;
    private final ActorDirectory actors;
    private final Members members;
    private final Notifications notifications;

    MentionFollower(PostModeration posts, PostVisibility visibility, ActorDirectory actors, Members members,
                    Notifications notifications) {
        this.posts = posts;
        this.visibility = visibility;
        this.actors = actors;
        this.members = members;
        this.notifications = notifications;
    }

    @Override
    public String subscription() {
        return "routing.mentions";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(QuestionAsked asked, Delivery delivery) {
        if (!delivery.replay()) posted(asked.questionId(), asked.authorId(), 1);
    }

    void on(AnswerPosted answered, Delivery delivery) {
        if (!delivery.replay()) posted(answered.answerId(), answered.authorId(), 1);
    }

    void on(PostEdited edited, Delivery delivery) {
        if (!delivery.replay()) posted(edited.postId(), edited.editorId(), edited.revision());
    }

    void on(CommentAdded added, Delivery delivery) {
        if (delivery.replay()) return;
        var comment = posts.comment(added.commentId()).orElse(null);
        var post = posts.post(added.postId()).orElse(null);
        if (comment == null || post == null) return;
        tell(MentionText.handles(comment.body()), added.authorId(), post.questionId(), post.id(), comment.id(),
                post.questionTitle(), "#comment-" + comment.id());
    }

    private void posted(long postId, long writerId, int revision) {
        var post = posts.post(postId).orElse(null);
        var body = posts.revisionBody(postId, revision).orElse(null);
        if (post == null || body == null) return;
        var handles = MentionText.handles(body);
        if (revision > 1) handles.removeAll(MentionText.handles(posts.revisionBody(postId, revision - 1).orElse("")));
        tell(handles, writerId, post.questionId(), post.id(), null, post.questionTitle(), "#post-" + post.id());
    }

    private void tell(SequencedSet<String> handles, long writerId, long questionId, long postId, Long commentId,
                      String title, String anchor) {
        if (handles.isEmpty()) return;
        var named = members.mentionable(handles);
        var mentioned = handles.stream().map(named::get).filter(m -> m != null && m.id() != writerId)
                .limit(MOST).toList();
        if (mentioned.isEmpty()) return;
        var writer = members.summaries(List.of(writerId)).get(writerId);
        var path = "/questions/" + questionId + "/" + Question.slugOf(title) + anchor;
        for (var member : mentioned) {
            var actor = actors.byMemberId(member.id()).orElse(null);
            if (actor == null || !visibility.visiblePosts(actor, List.of(questionId, postId)).contains(postId)) continue;
            if (commentId != null && !visibility.visibleComments(actor, List.of(commentId)).contains(commentId)) continue;
            notifications.notify(new Notice(member.id(), NotificationKind.MENTION, questionId, postId, commentId, null,
                    writerId, "notification.mention", List.of(writer == null ? "" : writer.displayName(), title), path));
        }
    }
}
