package org.muster.moderation;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.qa.CloseQuestion;
import org.muster.qa.ModerationActions;
import org.muster.qa.PostModeration;
import org.muster.qa.PostService;
import org.muster.qa.QuestionService;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review queue: moderators see every open item, champions those on questions with their tags,
 * both only in the spaces they may read (an item elsewhere does not exist for them). Resolving an
 * item takes one action on the post and, optionally, a sanction on its author.
 */
@Service
class ReviewQueue {

    public static final List<String> ACTIONS = List.of("approve", "hide", "delete", "lock", "close");
    private static final Set<String> CHAMPION_ACTIONS = Set.of("approve", "hide");
    private static final int PAGE = 50;

    private final ReviewRepository reviews;
    private final SettingsRepository settings;
    private final PostModeration posts;
    private final ModerationActions actions;
    private final PostService postService;
    private final QuestionService questions;
    private final Members members;
    private final Sanctions sanctions;
    private final SpamClassifier classifier;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SpaceService spaces;

    ReviewQueue(ReviewRepository reviews, SettingsRepository settings, PostModeration posts, PostService postService,
                QuestionService questions, Members members, Sanctions sanctions, SpamClassifier classifier,
                AuditLog audit, org.springframework.context.ApplicationEventPublisher events, SpaceService spaces,
                ModerationActions actions) {
        this.actions = actions;
        this.spaces = spaces;
        this.reviews = reviews;
        this.settings = settings;
        this.posts = posts;
        this.postService = postService;
        this.questions = questions;
        this.members = members;
        this.sanctions = sanctions;
        this.classifier = classifier;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> open(Actor actor) {
        var readable = spaces.visibleSpaceIds(actor);
        var open = reviews.listOpen(reviewTags(actor), readable, PAGE);
        var postIds = open.stream().map(Review::postId).collect(Collectors.toSet());
        var postById = posts.posts(postIds);
        var flags = reviews.openFlags(postIds).stream().collect(Collectors.groupingBy(Flag::postId));
        var people = new HashSet<Long>();
        open.forEach(r -> { if (r.authorId() != null) people.add(r.authorId()); });
        flags.values().forEach(list -> list.forEach(f -> people.add(f.memberId())));
        var names = members.summaries(people);
        var standings = members.standings(people);
        var records = posts.authorRecords(open.stream().map(Review::authorId).filter(java.util.Objects::nonNull).toList(),
                readable);
        return open.stream().filter(r -> postById.containsKey(r.postId())).map(r -> new QueueItem(r, postById.get(r.postId()),
                r.commentId() == null ? null : posts.comment(r.commentId()).orElse(null),
                r.authorId() == null ? null : standings.get(r.authorId()),
                r.authorId() == null ? null : records.get(r.authorId()),
                flags.getOrDefault(r.postId(), List.of()).stream().map(f -> new QueueItem.FlagView(f.reason(), f.note(),
                        name(names, f.memberId()), f.memberId(), f.weight())).toList())).toList();
    }

    @Transactional(readOnly = true)
    public int countOpen(Actor actor) {
        actor.require(Role.MODERATOR);
        return reviews.countOpen(spaces.visibleSpaceIds(actor));
    }

    /**
     * action: approve (also dismisses flags), hide, delete, lock or close. sanction: none, warn,
     * silence or suspend, with days for the last two.
     */
    @Transactional
    public Review resolve(Actor actor, long reviewId, String action, String sanction, Integer days, String reason) {
        var review = reviews.find(reviewId).orElseThrow(NotFound::new);
        authorize(actor, review, action);
        if (!review.open()) throw new Conflict(null, "moderation.review.resolved");
        var post = posts.post(review.postId()).orElseThrow(NotFound::new);
        var before = state(post, review);
        boolean spam = review.cause().equals("spam") || reviews.openFlagReasons(review.postId()).contains("spam");
        switch (action) {
            case "approve" -> approve(review);
            case "hide" -> hide(review);
            case "delete" -> delete(actor, review);
            case "lock" -> questions.lock(actor, post.questionId(), true);
            // Already closed (another item of the same question, resolved just before): the item is resolved all the same.
            case "close" -> {
                if (!post.questionClosed()) questions.close(actor, post.questionId(), new CloseQuestion("off-topic", null));
            }
            default -> throw new Invalid("action", "moderation.review.action", action);
        }
        if (review.commentId() == null)
            reviews.resolveFlags(review.postId(), action.equals("approve") ? "dismissed" : "upheld");
        reviews.resolve(reviewId, actor.memberId(), action);
        events.publishEvent(new ReviewResolved(reviewId, review.postId(), post.questionId(), review.commentId(), action, actor.memberId()));
        if (spam && (action.equals("approve") || action.equals("delete") || action.equals("hide")))
            classifier.learn(reviewId, text(post.body(), post.questionTitle(), review), !action.equals("approve"));
        if (spam && (action.equals("delete") || action.equals("hide")) && review.commentId() == null && review.authorId() != null)
            events.publishEvent(new SpamUpheld(review.postId(), review.authorId(), reviewId));
        var after = state(posts.post(review.postId()).orElseThrow(), review);
        audit.record(actor.memberId(), action, review.commentId() == null ? "post" : "comment",
                review.commentId() == null ? review.postId() : review.commentId(), reason, before, after);
        if (sanction != null && !sanction.isBlank() && !sanction.equals("none") && review.authorId() != null)
            sanctions.impose(actor, review.authorId(), sanction, days, reason == null || reason.isBlank() ? action : reason);
        return reviews.find(reviewId).orElseThrow();
    }

    /**
     * One action on several items at once, in one transaction, each as {@link #resolve} does it (without
     * a sanction: that is decided per author). When any item is already resolved (another reviewer got
     * there first) nothing is changed and the refusal says how many.
     */
    @Transactional
    public int resolveAll(Actor actor, List<Long> reviewIds, String action, String reason) {
        var ids = reviewIds == null ? List.<Long>of()
                : reviewIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (ids.isEmpty()) throw new Invalid("ids", "moderation.review.none-selected");
        // Locked in id order, so that two reviewers' bulk actions cannot deadlock.
        var locked = ids.stream().map(id -> reviews.find(id).orElseThrow(NotFound::new)).toList();
        for (var review : locked) authorize(actor, review, action);
        long resolved = locked.stream().filter(r -> !r.open()).count();
        if (resolved > 0) throw new Conflict("ids", "moderation.review.resolved-meanwhile", resolved);
        for (var review : locked) resolve(actor, review.id(), action, null, null, reason);
        return locked.size();
    }

    /** The actions this reviewer may take: all of them for moderators, approve and hide for champions. */
    public List<String> actionsFor(Actor actor) {
        return actor.has(Role.MODERATOR) ? ACTIONS : ACTIONS.stream().filter(CHAMPION_ACTIONS::contains).toList();
    }

    private void approve(Review review) {
        if (review.commentId() != null) actions.releaseComment(review.commentId());
        else actions.release(review.postId());
    }

    private void hide(Review review) {
        if (review.commentId() != null) actions.hideComment(review.commentId(), "flags");
        else actions.hide(review.postId(), "flags");
    }

    private void delete(Actor actor, Review review) {
        if (review.commentId() != null) postService.deleteComment(actor, review.commentId());
        else postService.delete(actor, review.postId(), true);
    }

    private void authorize(Actor actor, Review review, String action) {
        actor.requireMember();
        if (!Choices.isOneOf(action, ACTIONS)) throw new Invalid("action", "moderation.review.action", action);
        spaces.requireVisible(actor, review.spaceId());
        if (actor.has(Role.MODERATOR)) return;
        actor.require(Role.CHAMPION);
        var tags = settings.championTags(actor.memberId());
        if (review.tags().stream().noneMatch(tags::contains)) throw new NotFound();
        if (!Choices.isOneOf(action, CHAMPION_ACTIONS)) throw new Forbidden("moderation.review.champion-action");
    }

    /** null: every item (moderators); else the champion's tags. */
    private List<String> reviewTags(Actor actor) {
        actor.requireMember();
        if (actor.has(Role.MODERATOR)) return null;
        actor.require(Role.CHAMPION);
        return settings.championTags(actor.memberId());
    }

    private String text(String body, String title, Review review) {
        if (review.commentId() != null) return posts.comment(review.commentId()).map(c -> c.body()).orElse("");
        return (title == null ? "" : title) + "\n" + body;
    }

    private Map<String, Object> state(org.muster.qa.ModeratedPost post, Review review) {
        var state = new LinkedHashMap<String, Object>();
        state.put("deleted", post.deleted() && post.held() == null);
        state.put("held", post.held());
        state.put("locked", post.questionLocked());
        state.put("closed", post.questionClosed());
        if (review.commentId() != null)
            posts.comment(review.commentId()).ifPresent(c -> {
                state.put("commentDeleted", c.deletedAt() != null && c.hold() == null);
                state.put("commentHeld", c.hold());
            });
        return state;
    }

    private static String name(Map<Long, MemberSummary> names, long id) {
        return names.containsKey(id) ? names.get(id).displayName() : "#" + id;
    }
}
