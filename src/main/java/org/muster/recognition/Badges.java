package org.muster.recognition;

import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.qa.ModeratedPost;
import org.muster.qa.PostModeration;
import org.muster.qa.TagService;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Badges: built-in ones earned by activity (first answer, first accepted answer, 10/50/100 accepted,
 * fast responder, tag badges by reputation in a tag), and badges admins create and award by hand.
 * Awards are never deleted: a revoked one keeps its history.
 */
@Service
class Badges {

    private static final int[] ACCEPTED_STEPS = {10, 50, 100};
    private static final String[] ACCEPTED_LEVELS = {"bronze", "silver", "gold"};
    private static final int[] TAG_STEPS = {100, 400, 1000};
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int STREAK_WEEKS = 4;

    private final BadgeRepository badges;
    private final ReputationRepository reputation;
    private final PostModeration posts;
    private final Members members;
    private final SpaceService spaces;
    private final TagService tags;

    private final ApplicationEventPublisher events;
    private final BuiltInBadges builtIn;

    Badges(BadgeRepository badges, ReputationRepository reputation, PostModeration posts, Members members,
           SpaceService spaces, TagService tags, ApplicationEventPublisher events, BuiltInBadges builtIn) {
        this.events = events;
        this.builtIn = builtIn;
        this.badges = badges;
        this.reputation = reputation;
        this.posts = posts;
        this.members = members;
        this.spaces = spaces;
        this.tags = tags;
    }

    /** After reputation moved: the badges that counts, tag reputation and admins' rules earn. */
    void review(Collection<Long> memberIds) {
        var records = posts.authorRecords(memberIds);
        var rules = badges.rules();
        var totals = reputation.totals(memberIds);
        var publicSpaces = spaces.visibleSpaceIds(Actor.visitor());
        for (var memberId : memberIds) {
            var record = records.get(memberId);
            if (!rules.isEmpty()) {
                var reasons = reputation.reasonCounts(memberId);
                var counters = new BadgeRule.Counters(java.util.Map.of("answers", record.answers(), "questions", record.questions(),
                        "accepted", record.accepted(), "reputation", totals.getOrDefault(memberId, 0),
                        "helped", reasons.getOrDefault("helped", 0), "validated", reasons.getOrDefault("validated", 0)),
                        reputation.tagPoints(memberId));
                rules.forEach((badge, rule) -> {
                    if (BadgeRule.parse(rule).test(counters))
                        grant(badge.id(), memberId, badge.description(), null, null, true);
                });
            }
            if (record.answers() >= 1)
                earn(memberId, "first-answer", "First answer", "Answered a question for the first time.", "bronze", null);
            if (record.accepted() >= 1)
                earn(memberId, "first-accepted", "Solution", "Gave an answer the asker accepted.", "bronze", null);
            for (int i = 0; i < ACCEPTED_STEPS.length; i++)
                if (record.accepted() >= ACCEPTED_STEPS[i])
                    earn(memberId, "accepted-" + ACCEPTED_STEPS[i], ACCEPTED_STEPS[i] + " solutions",
                            "Gave " + ACCEPTED_STEPS[i] + " answers that askers accepted.", ACCEPTED_LEVELS[i], null);
            if (longestRun(reputation.helpedWeeks(memberId)) >= STREAK_WEEKS)
                earn(memberId, "helpful-streak", "Helpful streak",
                        "Posts marked \"this helped me\" in " + STREAK_WEEKS + " weeks in a row.", "silver", null);
            // A tag badge is public (listed, on profiles, exported as an Open Badge), so only what
            // anyone may read earns one: reputation in public spaces.
            reputation.tagPoints(memberId, publicSpaces).forEach((tag, points) -> {
                for (int i = 0; i < TAG_STEPS.length; i++)
                    if (points >= TAG_STEPS[i])
                        earn(memberId, "tag-" + tag + "-" + ACCEPTED_LEVELS[i], tag + " (" + ACCEPTED_LEVELS[i] + ")",
                                "Earned " + TAG_STEPS[i] + " reputation in " + tag + ".", ACCEPTED_LEVELS[i], tag);
            });
        }
    }

    /** An accepted answer posted within an hour of its question. */
    void acceptedAnswer(long authorId, ModeratedPost answer, ModeratedPost question) {
        if (question == null || Duration.between(question.createdAt(), answer.createdAt()).compareTo(Duration.ofHours(1)) > 0)
            return;
        long badge = badges.ensure("fast-responder", "Fast responder",
                "Answered within an hour, and the answer was accepted.", "silver", "builtin", null, null);
        grant(badge, authorId, "Accepted answer within an hour", null, answer.id(), true);
    }

    /** Every badge the reader may know of (a tag badge only when its tag exists for him), in his language. */
    @Transactional(readOnly = true)
    public List<Badge> list(Actor reader) {
        var all = badges.list();
        var readable = tags.readableNames(reader, all.stream().map(Badge::tag).filter(Objects::nonNull).toList());
        return builtIn.told(all.stream().filter(b -> b.tag() == null || readable.contains(b.tag())).toList());
    }

    Optional<String> name(long badgeId, java.util.Locale locale) {
        return badges.find(badgeId).map(badge -> builtIn.name(badge, locale));
    }

    /** The member's awards, every one; for what decides what he may do, not for showing. */
    @Transactional(readOnly = true)
    public List<BadgeAward> awardsOf(long memberId) {
        return badges.awardsOf(memberId);
    }

    /** The member's awards as the reader may see them: of the badges {@link #list(Actor)} gives him, in his language. */
    @Transactional(readOnly = true)
    public List<BadgeAward> awardsOf(Actor reader, long memberId) {
        var awards = badges.awardsOf(memberId);
        var tagOf = badges.tagsOf(awards.stream().map(BadgeAward::badgeId).toList());
        var readable = tags.readableNames(reader, tagOf.values());
        return builtIn.toldAwards(awards.stream().filter(a -> !tagOf.containsKey(a.badgeId()) || readable.contains(tagOf.get(a.badgeId())))
                .toList());
    }

    /** Admins create a badge earned by a rule over members' counters; a rule that does not parse is 400 with its position. */
    @Transactional
    public Badge createRule(Actor actor, String name, String description, String level, String rule) {
        actor.require(Role.ADMIN);
        BadgeRule.parse(rule);
        var badge = create(actor, name, description, level, "rule");
        badges.setRule(badge.id(), rule.strip());
        return badge;
    }

    /** Admins create a badge to give by hand. */
    @Transactional
    public Badge create(Actor actor, String name, String description, String level) {
        return create(actor, name, description, level, "manual");
    }

    private Badge create(Actor actor, String name, String description, String level, String kind) {
        actor.require(Role.ADMIN);
        var title = name == null ? "" : name.strip();
        if (!InputText.fits(title, 2, 60)) throw new Invalid("name", "badge.name");
        var text = description == null ? "" : description.strip();
        if (text.isEmpty() || InputText.visibleLength(text) > 500) throw new Invalid("description", "badge.description");
        if (!Choices.isOneOf(level, List.of("bronze", "silver", "gold"))) throw new Invalid("level", "badge.level", level);
        var slug = org.muster.platform.Slugs.of(title);
        if (badges.find(slug).isPresent() || BuiltInBadges.isBuiltIn(slug)) throw new Conflict("name", "badge.taken");
        badges.ensure(slug, title, text, level, kind, null, actor.memberId());
        var badge = badges.find(slug).orElseThrow();
        events.publishEvent(new BadgeCreated(badge.id(), slug, kind, actor.memberId()));
        return badge;
    }

    @Transactional
    public BadgeAward award(Actor actor, String slug, long memberId, String reason) {
        actor.require(Role.STAFF);
        var badge = badges.find(slug).orElseThrow(NotFound::new);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 500)) throw new Invalid("reason", "badge.reason");
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "badge.member"));
        if (!grant(badge.id(), memberId, why, actor.memberId(), null, false))
            throw new Conflict(null, "badge.held");
        return builtIn.told(badges.awardsOf(memberId).stream().filter(a -> a.badgeId() == badge.id() && !a.revoked()).findFirst()
                .orElseThrow());
    }

    @Transactional
    public BadgeAward revoke(Actor actor, long awardId, String reason) {
        actor.require(Role.STAFF);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 500)) throw new Invalid("reason", "badge.reason");
        badges.findAward(awardId).orElseThrow(NotFound::new);
        if (!badges.revoke(awardId, actor.memberId(), why)) throw new Conflict(null, "badge.revoked");
        var revoked = badges.findAward(awardId).orElseThrow();
        events.publishEvent(new BadgeRevoked(awardId, revoked.badgeId(), revoked.memberId(), actor.memberId()));
        return builtIn.told(revoked);
    }

    /** The member's own award, for export; anyone else's answers 404. */
    @Transactional(readOnly = true)
    public BadgeAward ownAward(Actor actor, long awardId) {
        long memberId = actor.requireMember();
        return badges.findAward(awardId).filter(a -> a.memberId() == memberId).orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    public BadgeAward award(long awardId) {
        return badges.findAward(awardId).orElseThrow(NotFound::new);
    }

    /** The award an Open Badges address names by its public id. */
    @Transactional(readOnly = true)
    public BadgeAward award(java.util.UUID publicId) {
        return badges.findAward(publicId).orElseThrow(NotFound::new);
    }

    /** A badge by its slug, when the reader may know of it: as {@link #list(Actor)} decides. */
    @Transactional(readOnly = true)
    public Badge badge(Actor reader, String slug) {
        var badge = badges.find(slug).orElseThrow(NotFound::new);
        if (badge.tag() != null && !tags.readableNames(reader, List.of(badge.tag())).contains(badge.tag())) throw new NotFound();
        return badge;
    }

    private void earn(long memberId, String slug, String name, String description, String level, String tag) {
        long badge = badges.ensure(slug, name, description, level, "builtin", tag, null);
        grant(badge, memberId, description, null, null, true);
    }

    private boolean grant(long badgeId, long memberId, String reason, Long by, Long evidencePost, boolean onlyOnce) {
        boolean awarded = badges.award(badgeId, memberId, reason, by, evidencePost, salt(), onlyOnce);
        if (awarded) events.publishEvent(new BadgeAwarded(badgeId, memberId, by));
        return awarded;
    }

    /** The tag reputation a tag badge of this level takes. */
    static int tagStep(String level) {
        for (int i = 0; i < ACCEPTED_LEVELS.length; i++) if (ACCEPTED_LEVELS[i].equals(level)) return TAG_STEPS[i];
        throw new IllegalArgumentException(level);
    }

    /** The most consecutive weeks in a sorted list of Mondays. */
    static int longestRun(List<java.time.LocalDate> weeks) {
        int longest = 0, run = 0;
        java.time.LocalDate previous = null;
        for (var week : weeks) {
            run = previous != null && previous.plusWeeks(1).equals(week) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = week;
        }
        return longest;
    }

    private static String salt() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
