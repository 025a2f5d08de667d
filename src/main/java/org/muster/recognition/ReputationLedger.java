package org.muster.recognition;

import org.muster.moderation.FlagService;
import org.muster.moderation.SpamUpheld;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerUnaccepted;
import org.muster.qa.AnswerValidated;
import org.muster.qa.HelpedMarked;
import org.muster.qa.ImportedPosts;
import org.muster.qa.ModeratedPost;
import org.muster.qa.PostModeration;
import org.muster.qa.QuestionsImported;
import org.muster.qa.VoteCast;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns change-feed events into reputation sources, in feed order, one node at a time, so that
 * replaying the feed gives the same sources: a vote, acceptance, validation or "helped" mark adds its source, undoing it
 * removes it, and upvote points stop at the daily cap of the day they were given.
 */
@Component
class ReputationLedger implements FeedSubscriber {

    private static final int IMPORT_BATCH = 2000;
    /** Upvotes each way between two members from which their votes stop earning reputation. */
    static final int RING_VOTES = 5;

    private final ReputationRepository reputation;
    private final PostModeration posts;
    private final ImportedPosts imported;
    private final RecognitionWeights weights;
    private final Badges badges;
    private final FlagService flags;
    private final Ranks ranks;
    /** The members whose reputation the current batch may have changed. */
    private final Set<Long> touched = new LinkedHashSet<>();

    ReputationLedger(ReputationRepository reputation, PostModeration posts, ImportedPosts imported,
                     RecognitionWeights weights, Badges badges, FlagService flags, Ranks ranks) {
        this.reputation = reputation;
        this.posts = posts;
        this.imported = imported;
        this.weights = weights;
        this.ranks = ranks;
        this.badges = badges;
        this.flags = flags;
    }

    @Override
    public String subscription() {
        return "recognition.reputation";
    }

    void on(VoteCast vote, Delivery delivery) {
        var key = "vote:" + vote.postId() + ":" + vote.voterId();
        remove(key);
        var author = vote.postAuthorId();
        if (author == null || vote.value() == 0 || author == vote.voterId()) return;
        var post = post(vote.postId());
        if (post == null) return;
        var day = day(delivery);
        if (vote.value() < 0) {
            put(key, author, "downvote", weights.downvote(), post, day);
            return;
        }
        int mutual = Math.min(reputation.upvotesFrom(author, vote.voterId()) + 1, reputation.upvotesFrom(vote.voterId(), author));
        if (mutual >= RING_VOTES) {
            // Both have upvoted the other this often: the votes keep counting as votes, never as reputation.
            put(key, author, "ring", 0, post, day);
            if (!delivery.replay() && mutual == RING_VOTES) flags.reportVotingRing(post.id(), author, vote.voterId(), mutual);
            return;
        }
        int points = post.isQuestion() ? weights.questionUpvote() : weights.answerUpvote();
        int room = Math.max(0, weights.dailyVoteCap() - reputation.upvotePointsOn(author, day));
        put(key, author, "upvote", Math.min(points, room), post, day);
    }

    void on(AnswerAccepted accepted, Delivery delivery) {
        var key = "accept:" + accepted.questionId();
        remove(key);
        var previous = accepted.previousAnswerId();
        var author = accepted.answerAuthorId();
        // Entries from before AnswerUnaccepted existed took the mark off this way.
        if ((previous != null && previous == accepted.answerId()) || author == null || author == accepted.acceptedBy()) return;
        var answer = post(accepted.answerId());
        if (answer == null) return;
        put(key, author, "accepted", weights.accepted(), answer, day(delivery));
        if (!delivery.replay()) badges.acceptedAnswer(author, answer, post(answer.questionId()));
    }

    void on(AnswerUnaccepted unaccepted) {
        remove("accept:" + unaccepted.questionId());
    }

    void on(AnswerValidated validated, Delivery delivery) {
        var key = "validate:" + validated.answerId();
        remove(key);
        var author = validated.answerAuthorId();
        if (!validated.validated() || author == null || author == validated.validatedBy()) return;
        var answer = post(validated.answerId());
        if (answer != null) put(key, author, "validated", weights.validated(), answer, day(delivery));
    }

    void on(HelpedMarked helped, Delivery delivery) {
        var author = helped.postAuthorId();
        if (author == null) return;
        var key = "helped:" + helped.postId() + ":" + helped.memberId();
        remove(key);
        var post = post(helped.postId());
        if (post != null) put(key, author, "helped", weights.helped(), post, day(delivery));
    }

    void on(SpamUpheld spam, Delivery delivery) {
        var key = "spam:" + spam.postId();
        remove(key);
        var post = post(spam.postId());
        if (post != null) put(key, spam.authorId(), "spam", weights.spam(), post, day(delivery));
    }

    void on(QuestionsImported imported) {
        imported(imported.source());
    }

    /**
     * Totals follow the batch's sources; ranks and badges too, but not during a recompute, which ranks
     * and reviews everyone once at its end (and must not award again what members already have).
     */
    @Override
    public void batchApplied(boolean replay) {
        var totals = reputation.refreshTotals(touched);
        if (!replay) {
            ranks.rank(totals);
            badges.review(touched);
        }
        touched.clear();
    }

    /** An import's posts bring the votes and acceptances they had, on the day they were posted, uncapped. */
    private void imported(String source) {
        long after = 0;
        while (true) {
            var batch = imported.batchAfter(source, after, IMPORT_BATCH);
            if (batch.isEmpty()) return;
            for (var post : batch) {
                var key = "import:" + post.id();
                remove(key);
                if (post.authorId() == null) continue;
                int points = post.upVotes() * (post.isAnswer() ? weights.answerUpvote() : weights.questionUpvote())
                        + post.downVotes() * weights.downvote() + (post.accepted() ? weights.accepted() : 0);
                if (points == 0) continue;
                reputation.put(new ReputationRepository.Source(key, post.authorId(), "imported", points, post.id(),
                        post.spaceId(), post.tags(), LocalDate.ofInstant(post.createdAt(), ZoneOffset.UTC)));
                touched.add(post.authorId());
            }
            after = batch.getLast().id();
        }
    }

    private void put(String key, long memberId, String reason, int points, ModeratedPost post, LocalDate day) {
        reputation.put(new ReputationRepository.Source(key, memberId, reason, points, post.id(), post.spaceId(),
                post.tags(), day));
        touched.add(memberId);
    }

    private void remove(String key) {
        var member = reputation.remove(key);
        if (member != null) touched.add(member);
    }

    private ModeratedPost post(long id) {
        return posts.posts(List.of(id)).get(id);
    }

    private static LocalDate day(Delivery delivery) {
        return LocalDate.ofInstant(delivery.occurredAt(), ZoneOffset.UTC);
    }
}
