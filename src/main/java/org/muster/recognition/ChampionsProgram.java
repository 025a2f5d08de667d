package org.muster.recognition;

import org.muster.accounts.ChampionRoles;
import org.muster.accounts.Members;
import org.muster.moderation.Settings;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.JobLocks;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.muster.qa.TagService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The champions program: staff nominate members (or take the superfan score's suggestions), approve
 * them for a term with tags of expertise, renew or end terms. An active champion has the champion
 * role (validating answers), reviews flags in their tags and is a "verified expert" on posts in them.
 * Moderation keeps a champion's tags, where admins may change them, so review routing and the labels
 * read one store: the program writes them there when a term starts and clears them when it ends.
 */
@Service
class ChampionsProgram {

    static final Duration REMINDER = Duration.ofDays(30);

    private final ChampionRepository terms;
    private final JobLocks jobs;
    private final Members members;
    private final ChampionRoles championRoles;
    private final Settings moderation;
    private final Mailer mailer;
    private final SiteLinks links;
    private final TagService tags;

    private final ApplicationEventPublisher events;

    ChampionsProgram(ChampionRepository terms, Members members, Settings moderation, Mailer mailer, SiteLinks links,
                     JobLocks jobs, TagService tags, ChampionRoles championRoles, ApplicationEventPublisher events) {
        this.championRoles = championRoles;
        this.events = events;
        this.tags = tags;
        this.jobs = jobs;
        this.terms = terms;
        this.members = members;
        this.moderation = moderation;
        this.mailer = mailer;
        this.links = links;
    }

    /** The members ticked on the superfans page, all or none. */
    @Transactional
    public List<ChampionTerm> nominate(Actor actor, List<Long> memberIds, String reason) {
        actor.require(Role.STAFF);
        if (memberIds == null || memberIds.isEmpty()) throw new Invalid("memberId", "champion.pick");
        return memberIds.stream().map(id -> nominate(actor, id, reason)).toList();
    }

    @Transactional
    public ChampionTerm nominate(Actor actor, long memberId, String reason) {
        actor.require(Role.STAFF);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 1000)) throw new Invalid("reason", "champion.reason");
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "badge.member"));
        long id = terms.nominate(memberId, why, actor.memberId()).orElseThrow(() -> new Conflict(null, "champion.open"));
        events.publishEvent(new ChampionNominated(id, memberId, actor.memberId()));
        return term(id);
    }

    /** Approves a nomination for a term of months with tags of expertise. */
    @Transactional
    public ChampionTerm approve(Actor actor, long termId, Integer months, List<String> tags) {
        actor.require(Role.STAFF);
        if (months == null || months < 1 || months > 36) throw new Invalid("months", "champion.months");
        var clean = tags(tags);
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("nominated")) throw new Conflict(null, "champion.not-nominated");
        var ends = Instant.now().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        terms.approve(termId, actor.memberId(), ends);
        championRoles.setChampion(term.memberId(), true, actor.memberId());
        moderation.assignReviewTags(term.memberId(), clean, actor.memberId());
        events.publishEvent(new ChampionTermGranted(termId, term.memberId(), actor.memberId(), ends, clean));
        mailer.send(term.memberId(), "recognition/champion-welcome",
                Map.of("endsAt", ends, "tags", clean, "link", links.absolute("/champions")));
        return term(termId);
    }

    @Transactional
    public ChampionTerm decline(Actor actor, long termId, String reason) {
        actor.require(Role.STAFF);
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("nominated")) throw new Conflict(null, "champion.not-nominated");
        terms.decline(termId, actor.memberId(), reason == null ? "" : reason.strip());
        events.publishEvent(new ChampionNominationDeclined(termId, term.memberId(), actor.memberId()));
        return term(termId);
    }

    @Transactional
    public ChampionTerm renew(Actor actor, long termId, Integer months) {
        actor.require(Role.STAFF);
        if (months == null || months < 1 || months > 36) throw new Invalid("months", "champion.months");
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("active")) throw new Conflict(null, "champion.not-active");
        var ends = term.endsAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        terms.extend(termId, ends);
        events.publishEvent(new ChampionTermRenewed(termId, term.memberId(), actor.memberId(), ends));
        return term(termId);
    }

    @Transactional
    public ChampionTerm end(Actor actor, long termId, String reason) {
        actor.require(Role.STAFF);
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("active")) throw new Conflict(null, "champion.not-active");
        finish(term, reason == null || reason.isBlank() ? "ended by staff" : reason.strip(), actor.memberId());
        events.publishEvent(new ChampionTermEnded(termId, term.memberId(), actor.memberId()));
        return term(termId);
    }

    /** A champion as everyone sees them: the term's tags and end, or none for one an admin gave the role directly. */
    public record Champion(long memberId, String name, List<String> tags, Instant until) {
    }

    /**
     * Everyone who is a champion: members in an active term, and members an admin (or the demo) gave the
     * champion role without a term, who validate answers all the same.
     */
    @Transactional(readOnly = true)
    public List<Champion> champions(Actor reader) {
        var active = withTags(terms.list("active"));
        var readable = List.copyOf(tags.readableNames(reader, active.stream().flatMap(t -> t.tags().stream()).distinct().toList()));
        var names = members.summaries(active.stream().map(ChampionTerm::memberId).toList());
        var list = new java.util.ArrayList<Champion>();
        var inTerm = new java.util.HashSet<Long>();
        for (var term : active.stream().map(t -> t.showing(readable)).toList()) {
            inTerm.add(term.memberId());
            var name = names.get(term.memberId());
            list.add(new Champion(term.memberId(), name == null ? "#" + term.memberId() : name.displayName(), term.tags(), term.endsAt()));
        }
        for (var holder : members.withRole(Role.CHAMPION))
            if (!inTerm.contains(holder.id())) list.add(new Champion(holder.id(), holder.displayName(), List.of(), null));
        list.sort(java.util.Comparator.comparing(Champion::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** Every nomination and term, for staff. */
    @Transactional(readOnly = true)
    public List<ChampionTerm> all(Actor actor) {
        actor.require(Role.STAFF);
        return withTags(terms.list(""));
    }

    @Transactional(readOnly = true)
    public List<ChampionTerm> history(long memberId) {
        return withTags(terms.history(memberId));
    }

    /** The member's active term, with his tags. */
    Optional<ChampionTerm> activeTerm(long memberId) {
        return history(memberId).stream().filter(ChampionTerm::active).findFirst();
    }

    /** The tags of expertise of these members, who are in an active term. */
    Map<Long, List<String>> expertTags(Collection<Long> inActiveTerm) {
        return moderation.championTags(inActiveTerm);
    }

    /** Daily, one node: reminders a month before a term ends, and terms past their end closed. */
    @Scheduled(cron = "${muster.recognition.champions-cron:0 23 6 * * *}")
    @Transactional
    public void remindAndEnd() {
        if (!jobs.tryLock("muster.champion-terms")) return;
        for (var term : terms.endingBefore(Instant.now().plus(REMINDER), true)) {
            terms.reminded(term.id());
            events.publishEvent(new ChampionTermReminded(term.id(), term.memberId(), term.endsAt()));
            mailer.send(term.memberId(), "recognition/champion-term-ending",
                    Map.of("endsAt", term.endsAt(), "link", links.absolute("/champions")));
        }
        for (var term : terms.endingBefore(Instant.now(), false)) {
            finish(term, "term ended", term.decidedBy());
            events.publishEvent(new ChampionTermEnded(term.id(), term.memberId(), null));
        }
    }

    private ChampionTerm term(long id) {
        return withTags(List.of(terms.lock(id).orElseThrow())).getFirst();
    }

    private List<ChampionTerm> withTags(List<ChampionTerm> list) {
        var tags = moderation.championTags(list.stream().filter(ChampionTerm::active).map(ChampionTerm::memberId).toList());
        return list.stream().map(t -> t.active() ? t.withTags(tags.getOrDefault(t.memberId(), List.of())) : t).toList();
    }

    private void finish(ChampionTerm term, String reason, Long by) {
        terms.end(term.id(), reason);
        championRoles.setChampion(term.memberId(), false, by == null ? term.memberId() : by);
        moderation.assignReviewTags(term.memberId(), List.of(), by);
    }

    private static List<String> tags(List<String> tags) {
        var clean = tags == null ? List.<String>of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (clean.isEmpty() || clean.size() > 10) throw new Invalid("tags", "champion.tags");
        return clean;
    }
}
