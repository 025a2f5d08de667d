package org.muster.routing;

import org.muster.platform.ActorDirectory;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.PostModeration;
import org.muster.qa.PostVisibility;
import org.muster.qa.Question;
import org.muster.qa.QuestionAsked;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Tells the watchers of a new question's space and tags about it, once per member however many of their
 * tags it carries, and only those who may see it (a held question, a private space: nobody told). Imports
 * publish no {@link QuestionAsked}, so they tell nobody; a replay tells nobody again.
 */
@Component
class WatchFollower implements FeedSubscriber {

    private final WatchRepository watches;
    private final PostModeration posts;
    private final PostVisibility visibility;
    private final ActorDirectory actors;
    private final SpaceService spaces;
    private final Notifications notifications;

    WatchFollower(WatchRepository watches, PostModeration posts, PostVisibility visibility, ActorDirectory actors,
                  SpaceService spaces, Notifications notifications) {
        this.watches = watches;
        this.posts = posts;
        this.visibility = visibility;
        this.actors = actors;
        this.spaces = spaces;
        this.notifications = notifications;
    }

    @Override
    public String subscription() {
        return "routing.watches";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(QuestionAsked asked, Delivery delivery) {
        if (delivery.replay()) return;
        var question = posts.post(asked.questionId()).orElse(null);
        if (question == null) return;
        // The space's watchers come first, so a member watching both hears of the space.
        var why = new LinkedHashMap<Long, String>();
        for (var watcher : watches.listWatchers(asked.spaceId(), question.tags()))
            if (!why.containsKey(watcher.memberId())) why.put(watcher.memberId(), watcher.tag());
        why.remove(asked.authorId());
        String spaceName = null;
        var path = "/questions/" + question.id() + "/" + Question.slugOf(question.questionTitle());
        for (var entry : why.entrySet()) {
            var actor = actors.byMemberId(entry.getKey()).orElse(null);
            if (actor == null || !visibility.visiblePosts(actor, List.of(question.id())).contains(question.id())) continue;
            var tag = entry.getValue();
            if (tag == null && spaceName == null) spaceName = spaces.requireVisible(actor, asked.spaceId()).name();
            notifications.notify(new Notice(entry.getKey(), NotificationKind.WATCHED_TOPIC, question.id(), question.id(),
                    null, null, asked.authorId(), tag != null ? "notification.watched-tag" : "notification.watched-space",
                    List.of(question.questionTitle(), tag != null ? tag : spaceName), path));
        }
    }
}
