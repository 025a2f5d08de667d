package org.muster.recognition;

import org.muster.moderation.FlagService;
import org.muster.platform.LoggedEvent;
import org.muster.qa.ImportedPosts;
import org.muster.qa.ModeratedPost;
import org.muster.qa.PostModeration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Turns change-feed events into reputation sources, in feed order, so that replaying the feed gives
 * the same sources: a vote, acceptance, validation or "helped" mark adds its source, undoing it
 * removes it, and upvote points stop at the daily cap of the day they were given.
 */
@Component
class ReputationLedger {

    private static final int IMPORT_BATCH = 2000;
    /** Upvotes each way between two members from which their votes stop earning reputation. */
    static final int RING_VOTES = 5;

    private final ReputationRepository reputation;
    private final PostModeration posts;
    private final ImportedPosts imported;
    private final RecognitionWeights weights;
    private final JsonMapper json;
    private final Badges badges;
    private final FlagService flags;

    ReputationLedger(ReputationRepository reputation, PostModeration posts, ImportedPosts imported,
                     RecognitionWeights weights, JsonMapper json, Badges badges, FlagService flags) {
        this.reputation = reputation;
        this.posts = posts;
        this.imported = imported;
        this.weights = weights;
        this.json = json;
        this.badges = badges;
        this.flags = flags;
    }

    /** Applies one event; adds to {@code touched} the members whose reputation may have changed. */
    void apply(LoggedEvent event, Set<Long> touched, boolean awardBadges) {
        var p = json.readTree(event.payload());
        var day = LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        switch (event.type()) {
            case "VoteCast" -> vote(p, day, touched, awardBadges);
            case "AnswerAccepted" -> accepted(p, day, touched, awardBadges);
            case "AnswerUnaccepted" -> remove("accept:" + p.get("questionId").asLong(), touched);
            case "AnswerValidated" -> validated(p, day, touched);
            case "HelpedMarked" -> helped(p, day, touched);
            case "QuestionsImported" -> imported(p.get("source").asString(), touched);
            case "SpamUpheld" -> spam(p, day, touched);
            default -> {
            }
        }
    }

    private void vote(JsonNode p, LocalDate day, Set<Long> touched, boolean live) {
        var key = "vote:" + p.get("postId").asLong() + ":" + p.get("voterId").asLong();
        remove(key, touched);
        var author = id(p, "postAuthorId");
        int value = p.get("value").asInt();
        if (author == null || value == 0 || author == p.get("voterId").asLong()) return;
        var post = post(p.get("postId").asLong());
        if (post == null) return;
        if (value < 0) {
            put(key, author, "downvote", weights.downvote(), post, day, touched);
            return;
        }
        long voter = p.get("voterId").asLong();
        int mutual = Math.min(reputation.upvotesFrom(author, voter) + 1, reputation.upvotesFrom(voter, author));
        if (mutual >= RING_VOTES) {
            // Both have upvoted the other this often: the votes keep counting as votes, never as reputation.
            put(key, author, "ring", 0, post, day, touched);
            if (live && mutual == RING_VOTES) flags.reportVotingRing(post.id(), author, voter, mutual);
            return;
        }
        int points = post.isQuestion() ? weights.questionUpvote() : weights.answerUpvote();
        int room = Math.max(0, weights.dailyVoteCap() - reputation.upvotePointsOn(author, day));
        put(key, author, "upvote", Math.min(points, room), post, day, touched);
    }

    private void accepted(JsonNode p, LocalDate day, Set<Long> touched, boolean awardBadges) {
        var key = "accept:" + p.get("questionId").asLong();
        remove(key, touched);
        var answerId = p.get("answerId").asLong();
        var previous = id(p, "previousAnswerId");
        var author = id(p, "answerAuthorId");
        // Entries from before AnswerUnaccepted existed took the mark off this way.
        if ((previous != null && previous == answerId) || author == null || author == p.get("acceptedBy").asLong()) return;
        var answer = post(answerId);
        if (answer == null) return;
        put(key, author, "accepted", weights.accepted(), answer, day, touched);
        if (awardBadges) badges.acceptedAnswer(author, answer, post(answer.questionId()));
    }

    private void validated(JsonNode p, LocalDate day, Set<Long> touched) {
        var key = "validate:" + p.get("answerId").asLong();
        remove(key, touched);
        var author = id(p, "answerAuthorId");
        if (!p.get("validated").asBoolean() || author == null || author == p.get("validatedBy").asLong()) return;
        var answer = post(p.get("answerId").asLong());
        if (answer != null) put(key, author, "validated", weights.validated(), answer, day, touched);
    }

    private void helped(JsonNode p, LocalDate day, Set<Long> touched) {
        var author = id(p, "postAuthorId");
        if (author == null) return;
        var key = "helped:" + p.get("postId").asLong() + ":" + p.get("memberId").asLong();
        remove(key, touched);
        var post = post(p.get("postId").asLong());
        if (post != null) put(key, author, "helped", weights.helped(), post, day, touched);
    }

    private void spam(JsonNode p, LocalDate day, Set<Long> touched) {
        var key = "spam:" + p.get("postId").asLong();
        remove(key, touched);
        var post = post(p.get("postId").asLong());
        if (post != null) put(key, p.get("authorId").asLong(), "spam", weights.spam(), post, day, touched);
    }

    /** An import's posts bring the votes and acceptances they had, on the day they were posted, uncapped. */
    private void imported(String source, Set<Long> touched) {
        long after = 0;
        while (true) {
            var batch = imported.batchAfter(source, after, IMPORT_BATCH);
            if (batch.isEmpty()) return;
            for (var post : batch) {
                var key = "import:" + post.id();
                remove(key, touched);
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

    private void put(String key, long memberId, String reason, int points, ModeratedPost post, LocalDate day,
                     Set<Long> touched) {
        reputation.put(new ReputationRepository.Source(key, memberId, reason, points, post.id(), post.spaceId(),
                post.tags(), day));
        touched.add(memberId);
    }

    private void remove(String key, Set<Long> touched) {
        var member = reputation.remove(key);
        if (member != null) touched.add(member);
    }

    private ModeratedPost post(long id) {
        return posts.posts(List.of(id)).get(id);
    }

    private static Long id(JsonNode p, String field) {
        var value = p.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }
}
