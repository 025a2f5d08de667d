package org.muster.insights;

import org.muster.moderation.ModerationIncidents;
import org.muster.moderation.PostFlagged;
import org.muster.moderation.ReviewResolved;
import org.muster.moderation.VotingRingReported;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.qa.CommentHeld;
import org.muster.qa.PostHeld;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Keeps moderation's incidents current, one node at a time: each event names a post whose review items
 * changed (a flag, a spam hold, a review resolved with its sanction), and at the end of the batch the
 * incidents of those posts are read again as they stand, in one call. A rebuild reads every post with
 * review items the same way, so both paths keep the same rows.
 */
@Component
class ModerationFollower implements FeedSubscriber, DerivedFacts {

    private static final int PAGE = 1000;

    private final ModerationIncidents incidents;
    private final ModerationFacts facts;
    private final Subscriptions subscriptions;
    private final Set<Long> touched = new LinkedHashSet<>();

    ModerationFollower(ModerationIncidents incidents, ModerationFacts facts, Subscriptions subscriptions) {
        this.incidents = incidents;
        this.facts = facts;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "insights.moderation";
    }

    void on(PostFlagged flagged) {
        touched.add(flagged.postId());
    }

    void on(ReviewResolved resolved) {
        touched.add(resolved.postId());
    }

    void on(VotingRingReported reported) {
        touched.add(reported.postId());
    }

    /** A post held by the spam check as it was posted opens its review item in the same transaction. */
    void on(PostHeld held) {
        touched.add(held.postId());
    }

    void on(CommentHeld held) {
        touched.add(held.postId());
    }

    @Override
    public void batchApplied(boolean replay) {
        if (touched.isEmpty()) return;
        var posts = List.copyOf(touched);
        touched.clear();
        facts.replace(posts, incidents.onPosts(posts));
    }

    @Override
    public String label() {
        return "insights.rebuild.moderation";
    }

    @Override
    public long size() {
        return incidents.reviewedPosts();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.clear();
        long after = 0;
        long count = 0;
        while (true) {
            var posts = incidents.reviewedPostsAfter(after, PAGE);
            if (posts.isEmpty()) return;
            facts.replace(posts, incidents.onPosts(posts));
            count += posts.size();
            done.accept(count);
            after = posts.getLast();
        }
    }
}
