package org.muster.recognition;

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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The champions program: staff nominate members (or take the superfan score's suggestions), approve
 * them for a term with tags of expertise, renew or end terms. An active champion has the champion
 * role (validating answers), reviews flags in their tags and is a "verified expert" on posts in them.
 */
@Service
public class ChampionsProgram {

    static final Duration REMINDER = Duration.ofDays(30);

    private final ChampionRepository terms;
    private final JobLocks jobs;
    private final Members members;
    private final Settings moderation;
    private final Mailer mailer;
    private final SiteLinks links;

    ChampionsProgram(ChampionRepository terms, Members members, Settings moderation, Mailer mailer, SiteLinks links,
                     JobLocks jobs) {
        this.jobs = jobs;
        this.terms = terms;
        this.members = members;
        this.moderation = moderation;
        this.mailer = mailer;
        this.links = links;
    }

    @Transactional
    public ChampionTerm nominate(Actor actor, long memberId, String reason) {
        actor.require(Role.STAFF);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 1000)) throw new Invalid("reason", "champion.reason");
        members.standing(memberId).orElseThrow(() -> new Invalid("memberId", "badge.member"));
        long id = terms.nominate(memberId, why, actor.memberId()).orElseThrow(() -> new Conflict(null, "champion.open"));
        return terms.lock(id).orElseThrow();
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
        terms.approve(termId, actor.memberId(), ends, clean);
        members.setChampion(term.memberId(), true, actor.memberId());
        moderation.assignReviewTags(term.memberId(), clean, actor.memberId());
        tell(term.memberId(), "Welcome to the champions program",
                "You are a champion until %s, for %s. Thank you! %s".formatted(ends.atZone(ZoneOffset.UTC).toLocalDate(),
                        String.join(", ", clean), links.absolute("/champions")));
        return terms.lock(termId).orElseThrow();
    }

    @Transactional
    public ChampionTerm decline(Actor actor, long termId, String reason) {
        actor.require(Role.STAFF);
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("nominated")) throw new Conflict(null, "champion.not-nominated");
        terms.decline(termId, actor.memberId(), reason == null ? "" : reason.strip());
        return terms.lock(termId).orElseThrow();
    }

    @Transactional
    public ChampionTerm renew(Actor actor, long termId, Integer months) {
        actor.require(Role.STAFF);
        if (months == null || months < 1 || months > 36) throw new Invalid("months", "champion.months");
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("active")) throw new Conflict(null, "champion.not-active");
        terms.extend(termId, term.endsAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant());
        return terms.lock(termId).orElseThrow();
    }

    @Transactional
    public ChampionTerm end(Actor actor, long termId, String reason) {
        actor.require(Role.STAFF);
        var term = terms.lock(termId).orElseThrow(NotFound::new);
        if (!term.status().equals("active")) throw new Conflict(null, "champion.not-active");
        finish(term, reason == null || reason.isBlank() ? "ended by staff" : reason.strip(), actor.memberId());
        return terms.lock(termId).orElseThrow();
    }

    /** Active champions, for the public program page. */
    @Transactional(readOnly = true)
    public List<ChampionTerm> active() {
        return terms.list("active");
    }

    /** Every nomination and term, for staff. */
    @Transactional(readOnly = true)
    public List<ChampionTerm> all(Actor actor) {
        actor.require(Role.STAFF);
        return terms.list("");
    }

    @Transactional(readOnly = true)
    public List<ChampionTerm> history(long memberId) {
        return terms.history(memberId);
    }

    /** Daily, one node: reminders a month before a term ends, and terms past their end closed. */
    @Scheduled(cron = "${muster.recognition.champions-cron:0 23 6 * * *}")
    @Transactional
    public void remindAndEnd() {
        if (!jobs.tryLock("muster.champion-terms")) return;
        for (var term : terms.endingBefore(Instant.now().plus(REMINDER), true)) {
            terms.reminded(term.id());
            tell(term.memberId(), "Your champion term ends soon",
                    "Your term as a champion ends on %s. Staff will be in touch about renewing it. %s"
                            .formatted(term.endsAt().atZone(ZoneOffset.UTC).toLocalDate(), links.absolute("/champions")));
        }
        for (var term : terms.endingBefore(Instant.now(), false)) finish(term, "term ended", term.decidedBy());
    }

    private void finish(ChampionTerm term, String reason, Long by) {
        terms.end(term.id(), reason);
        members.setChampion(term.memberId(), false, by == null ? term.memberId() : by);
        moderation.assignReviewTags(term.memberId(), List.of(), by);
    }

    private void tell(long memberId, String subject, String body) {
        members.emailOf(memberId).ifPresent(email -> mailer.send(email, subject, body));
    }

    private static List<String> tags(List<String> tags) {
        var clean = tags == null ? List.<String>of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (clean.isEmpty() || clean.size() > 10) throw new Invalid("tags", "champion.tags");
        return clean;
    }
}
