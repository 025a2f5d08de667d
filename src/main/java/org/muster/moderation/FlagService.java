package org.muster.moderation;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.platform.TooManyRequests;
import org.muster.qa.ModerationActions;
import org.muster.qa.PostModeration;
import org.muster.qa.PostService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members flag posts; enough weight from trusted members hides a post until a moderator reviews it. */
@Service
@NamedInterface("api")
public class FlagService {

    public static final Set<String> REASONS = Set.of("spam", "offensive", "off-topic", "wrong", "private-data", "needs-staff");
    private static final int FLAGS_PER_DAY = 30;

    private final ReviewRepository reviews;
    private final PostModeration posts;
    private final ModerationActions actions;
    private final PostService postService;
    private final Members members;
    private final Settings settings;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    FlagService(ReviewRepository reviews, PostModeration posts, PostService postService, Members members,
                Settings settings, AuditLog audit, ModerationActions actions, ApplicationEventPublisher events) {
        this.actions = actions;
        this.events = events;
        this.reviews = reviews;
        this.posts = posts;
        this.postService = postService;
        this.members = members;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public Flag flag(Actor actor, long postId, String reason, String note) {
        long memberId = actor.requireMember();
        var why = reason == null ? "" : reason.strip();
        if (!Choices.isOneOf(why, REASONS)) throw new Invalid("reason", "moderation.flag.reason", why);
        var text = note == null ? "" : note.strip();
        if (InputText.visibleLength(text) > 500) throw new Invalid("note", "moderation.flag.note-length");
        postService.questionOf(actor, postId);
        var post = posts.post(postId).orElseThrow();
        if (post.deleted() && post.held() == null) throw new Conflict(null, "post.deleted.conflict");
        if (post.authorId() != null && post.authorId() == memberId) throw new Conflict(null, "moderation.flag.own");
        if (reviews.hasOpenFlag(postId, memberId)) throw new Conflict(null, "moderation.flag.repeated");
        if (reviews.flagsToday(memberId) >= FLAGS_PER_DAY) throw new TooManyRequests(java.time.Duration.ofHours(1));
        int weight = weight(actor, members.standing(memberId).orElseThrow().effectiveTrust());
        if (!reviews.insertFlag(postId, memberId, why, text, weight)) throw new Conflict(null, "moderation.flag.repeated");
        long review = reviews.open(postId, null, post.spaceId(), post.authorId(), "flags", 0, java.util.List.of(), post.tags());
        events.publishEvent(new PostFlagged(postId, review, memberId, why, weight));
        if (post.held() == null && reviews.openFlagWeight(postId) >= settings.current().flagsToHide()) {
            actions.hide(postId, "flags");
            audit.record(null, "hide", "post", postId, "flags from trusted members", Map.of("visible", true),
                    Map.of("visible", false, "held", "flags"));
        }
        return reviews.openFlags(java.util.List.of(postId)).stream().filter(f -> f.memberId() == memberId)
                .findFirst().orElseThrow();
    }

    /**
     * Reputation found two members upvoting each other far above normal: their votes stopped earning
     * reputation, and a moderator looks at the post that tipped it.
     */
    @Transactional
    public void reportVotingRing(long postId, long authorId, long voterId, int mutualVotes) {
        var post = posts.post(postId).orElseThrow();
        var signal = "voting ring: members " + authorId + " and " + voterId + " upvoted each other " + mutualVotes + " times";
        long review = reviews.open(postId, null, post.spaceId(), authorId, "votes", 0, java.util.List.of(signal), post.tags());
        audit.record(null, "voting-ring", "post", postId, signal, null, Map.of("review", review));
        events.publishEvent(new VotingRingReported(review, postId, authorId, voterId, mutualVotes));
    }

    /**
     * The members whose flags a resolved review decided, in the order they flagged: resolving a review
     * settles every open flag on its post at once. A review of a comment has no flaggers (the spam
     * checks send comments here; members flag posts).
     */
    @Transactional(readOnly = true)
    public List<Long> flaggersOf(long reviewId) {
        return reviews.flaggersOf(reviewId);
    }

    /** The review item, while it is open: a resolved one needs nobody any more. */
    @Transactional(readOnly = true)
    public Optional<ReviewItem> openReview(long reviewId) {
        return reviews.findOpen(reviewId).flatMap(this::item);
    }

    /** The open review item of a post, or of a comment on it (commentId set), if one waits. */
    @Transactional(readOnly = true)
    public Optional<ReviewItem> openReviewOf(long postId, Long commentId) {
        return reviews.openReviewOf(postId, commentId).flatMap(reviews::findOpen).flatMap(this::item);
    }

    private Optional<ReviewItem> item(Review review) {
        return posts.post(review.postId()).map(post -> new ReviewItem(review.id(), review.postId(), review.commentId(),
                post.questionId(), review.cause(), reviewers(review.tags())));
    }

    /** Moderators and everyone above them, and champions whose review tags the item's question carries. */
    private List<Long> reviewers(List<String> tags) {
        var reviewers = new LinkedHashSet<Long>();
        for (var role : List.of(Role.MODERATOR, Role.STAFF, Role.ADMIN))
            members.withRole(role).forEach(m -> reviewers.add(m.id()));
        var champions = members.withRole(Role.CHAMPION).stream().map(MemberSummary::id).toList();
        settings.championTags(champions).forEach((champion, theirs) -> {
            if (theirs.stream().anyMatch(tags::contains)) reviewers.add(champion);
        });
        return List.copyOf(reviewers);
    }

    /** New members' flags reach the queue but do not hide anything; trusted members' flags add up. */
    private static int weight(Actor actor, int trust) {
        if (actor.has(Role.MODERATOR)) return 3;
        return switch (trust) {
            case 0, 1 -> 0;
            case 2 -> 1;
            default -> 2;
        };
    }
}
