package org.muster.recognition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.FeedPosition;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.platform.Subscriptions;
import org.muster.qa.AuthorLabels;
import org.muster.qa.PostModeration;
import org.muster.qa.TagService;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reputation: followed from the change feed by one node at a time, in feed order; recomputed from the
 * whole feed on demand with the same result; read as totals, ranks, tag expertise and leaderboards.
 */
@Service
@NamedInterface("api")
public class Reputation implements AuthorLabels {

    public record Leader(int place, long memberId, String name, int points, String rank) {
    }

    /**
     * A member's recognition as one reader sees it: points, answers, tags and the rank they earn
     * from the spaces he may read. Rank changes and whether the member hides from leaderboards are
     * the member's own: empty (left out of the JSON) for anyone else.
     */
    public record Profile(long memberId, int points, String rank, int answers, int accepted, Map<String, Integer> topTags,
                          List<BadgeAward> badges, @JsonInclude(JsonInclude.Include.NON_NULL) List<RankChange> rankChanges,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden, List<String> championTags,
                          java.time.Instant championUntil) {

        public boolean champion() {
            return championUntil != null;
        }
    }

    private final ReputationRepository reputation;
    private final ReputationLedger ledger;
    private final Badges badges;
    private final Subscriptions subscriptions;
    private final Ranks ranks;
    private final Members members;
    private final SpaceService spaces;
    private final PostModeration posts;
    private final ChampionsProgram champions;
    private final TagService tags;
    private final MessageSource messages;
    private final AuthorStandings authorStandings;

    private final ApplicationEventPublisher publisher;

    Reputation(ReputationRepository reputation, ReputationLedger ledger, Badges badges, Subscriptions subscriptions,
               Ranks ranks, Members members, SpaceService spaces, PostModeration posts,
               ChampionsProgram champions, TagService tags, MessageSource messages, ApplicationEventPublisher publisher,
               AuthorStandings authorStandings) {
        this.publisher = publisher;
        this.authorStandings = authorStandings;
        this.tags = tags;
        this.messages = messages;
        this.reputation = reputation;
        this.ledger = ledger;
        this.badges = badges;
        this.subscriptions = subscriptions;
        this.ranks = ranks;
        this.members = members;
        this.spaces = spaces;
        this.posts = posts;
        this.champions = champions;
    }

    /**
     * Rebuilds every source and total by replaying the whole change feed, then ranks and reviews
     * everyone's earned badges (an installation that had activity before recognition gets them this
     * way). Badges already given stay. Followers on every node wait until it is done.
     */
    @Transactional
    public int recompute() {
        subscriptions.lock(ledger);
        reputation.clear();
        int applied = subscriptions.replay(ledger, FeedPosition.START);
        var members = reputation.allMembersWithSources();
        ranks.rank(reputation.totals(members));
        badges.review(members);
        return applied;
    }

    String rankFor(int points, int answers) {
        return ranks.rankFor(points, answers);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> authorIds, Collection<String> tags, Collection<Long> readable) {
        // Who has a label stays as before (anyone who has a total); what it says counts readable spaces only.
        var standings = authorStandings.of(authorIds, readable);
        var labels = new HashMap<Long, String>();
        for (var id : authorIds) {
            var standing = standings.get(id);
            if (standing == null) continue;
            var expert = standing.expertTags().stream().anyMatch(tags::contains);
            if (!standing.basis().ranked() && !expert) continue;
            int shown = standing.basis().points();
            labels.put(id, rankFor(shown, standing.answers()) + " · " + String.format("%,d", shown)
                    + (expert ? " · verified expert" : ""));
        }
        return labels;
    }

    /**
     * A badge's name as one reader reads it, for telling a member what they earned: a built-in badge's
     * in that language, any other as staff named it. Empty for an unknown badge.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> badgeName(long badgeId, java.util.Locale locale) {
        return badges.name(badgeId, locale);
    }

    /** The badges the reader may know of, slug to name in his language, by name: for picking one from a list. */
    @Transactional(readOnly = true)
    public Map<String, String> badgeNames(Actor reader) {
        var names = new java.util.LinkedHashMap<String, String>();
        badges.list(reader).stream().sorted(java.util.Comparator.comparing(Badge::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(badge -> names.put(badge.slug(), badge.name()));
        return names;
    }

    /** The member's whole record, for rules that decide what he may do (missions); never shown to others. */
    @Transactional(readOnly = true)
    public Profile profile(long memberId) {
        members.standing(memberId).orElseThrow(org.muster.platform.NotFound::new);
        var points = reputation.totals(List.of(memberId)).getOrDefault(memberId, 0);
        var record = posts.authorRecords(List.of(memberId)).get(memberId);
        var rank = reputation.ranks(List.of(memberId)).getOrDefault(String.valueOf(memberId), ranks.first());
        var term = champions.activeTerm(memberId);
        return profile(memberId, points, rank, record, reputation.tagPoints(memberId), badges.awardsOf(memberId), term, true);
    }

    /** The member's recognition as the reader may see it (see {@link Profile}). */
    @Transactional(readOnly = true)
    public Profile profile(Actor reader, long memberId) {
        members.standing(memberId).orElseThrow(org.muster.platform.NotFound::new);
        var readable = spaces.visibleSpaceIds(reader);
        var record = posts.authorRecords(List.of(memberId), readable).get(memberId);
        var term = champions.activeTerm(memberId).map(t -> t.showing(List.copyOf(tags.readableNames(reader, t.tags()))));
        int points = reputation.points(List.of(memberId), readable).getOrDefault(memberId, 0);
        // The rank shown is the one these points and answers earn: the stored rank counts spaces the
        // reader may not read.
        return profile(memberId, points, rankFor(points, record.answers()), record, reputation.tagPoints(memberId, readable),
                badges.awardsOf(reader, memberId), term, reader.isMember(memberId));
    }

    /**
     * What the card on an author's name shows: the profile as the reader may see it; of a suspended
     * member only the name.
     */
    public record Card(long memberId, String displayName, Profile profile) {
    }

    @Transactional(readOnly = true)
    public Card card(Actor reader, long memberId) {
        var standing = members.standing(memberId).orElseThrow(org.muster.platform.NotFound::new);
        boolean suspended = standing.suspendedUntil() != null && standing.suspendedUntil().isAfter(java.time.Instant.now());
        return new Card(memberId, standing.displayName(), suspended ? null : profile(reader, memberId));
    }

    private Profile profile(long memberId, int points, String rank, org.muster.qa.AuthorRecord record,
                            Map<String, Integer> topTags, List<BadgeAward> awards, java.util.Optional<ChampionTerm> term,
                            boolean own) {
        return new Profile(memberId, points, rank, record.answers(), record.accepted(), topTags, awards,
                own ? rankChanges(memberId) : null, own ? reputation.hidden(memberId) : null,
                term.map(ChampionTerm::tags).orElse(List.of()), term.map(ChampionTerm::endsAt).orElse(null));
    }

    /** The member's rank-change notices, told in the language of whoever reads them. */
    private List<RankChange> rankChanges(long memberId) {
        var locale = LocaleContextHolder.getLocale();
        return reputation.rankChanges(memberId).stream().map(c -> c.toldIn(messages, locale)).toList();
    }

    /** Rank names from the lowest to the highest. */
    public List<String> rankNames() {
        return ranks.names();
    }

    /**
     * How many community facts of a kind (accepted, validated, helped, upvote) members earned between
     * two days (UTC), optionally in one tag; only members with at least {@code minimum}, or only one member.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> achievements(String kind, String tag, java.time.LocalDate from, java.time.LocalDate to, int minimum,
                                           Long memberId) {
        return reputation.counts(kind, tag, from, to, minimum, memberId);
    }

    /** period: week, month or all; optionally one tag or one space (by slug, as the reader may see it). */
    @Transactional(readOnly = true)
    public List<Leader> leaderboard(Actor actor, String period, String tag, String spaceSlug) {
        var today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = switch (period == null ? "all" : period) {
            case "week" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> today.withDayOfMonth(1);
            case "all" -> null;
            default -> throw new Invalid("period", "leaderboard.period.bad", period);
        };
        Long spaceId = spaceSlug == null || spaceSlug.isBlank() ? null : spaces.view(actor, spaceSlug.strip()).space().id();
        var readable = spaces.visibleSpaceIds(actor);
        var standings = reputation.leaders(from, tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(), spaceId,
                readable, 50);
        var ids = standings.stream().map(ReputationRepository.Standing::memberId).toList();
        var names = members.summaries(ids);
        var records = posts.authorRecords(ids, readable);
        var leaders = new java.util.ArrayList<Leader>();
        for (var s : standings)
            leaders.add(new Leader(leaders.size() + 1, s.memberId(),
                    names.containsKey(s.memberId()) ? names.get(s.memberId()).displayName() : "#" + s.memberId(), s.points(),
                    rankFor(s.points(), records.get(s.memberId()).answers())));
        return leaders;
    }

    @Transactional
    public void hideFromLeaderboards(Actor actor, boolean hidden) {
        long memberId = actor.requireMember();
        reputation.setHidden(memberId, hidden);
        publisher.publishEvent(new LeaderboardVisibilityChanged(memberId, hidden));
    }

    /** Admins: totals per member, for checking a recompute. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> totals(Actor actor) {
        actor.require(Role.ADMIN);
        return reputation.totals(reputation.allMembersWithSources());
    }
}
