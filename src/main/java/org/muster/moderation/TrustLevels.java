package org.muster.moderation;

import org.muster.accounts.MemberStandings;
import org.muster.platform.JobLocks;
import org.muster.accounts.Members;
import org.muster.accounts.Standing;
import org.muster.qa.PostModeration;
import org.muster.qa.QuestionViewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Raises trust levels as members take part: days visited and questions read (counted as they read)
 * and answers accepted, with no upheld flag lately. Runs hourly on one node at a time.
 */
@Component
class TrustLevels {

    private static final int BATCH = 500;

    private final VisitRepository visits;
    private final JobLocks jobs;
    private final Members members;
    private final MemberStandings standings;
    private final PostModeration posts;
    private final ReviewRepository reviews;
    private final Settings settings;
    private final AuditLog audit;
    private final SpamRepository spam;

    private final ApplicationEventPublisher events;

    TrustLevels(JobLocks jobs, VisitRepository visits, Members members, PostModeration posts, ReviewRepository reviews, Settings settings,
                AuditLog audit, SpamRepository spam, MemberStandings standings, ApplicationEventPublisher events) {
        this.standings = standings;
        this.events = events;
        this.jobs = jobs;
        this.visits = visits;
        this.members = members;
        this.posts = posts;
        this.reviews = reviews;
        this.settings = settings;
        this.audit = audit;
        this.spam = spam;
    }

    /** In the viewing transaction: a member's first view of a question today. */
    @EventListener
    void on(QuestionViewed viewed) {
        if (viewed.memberId() == null) return;
        visits.recordRead(viewed.memberId());
    }

    @Scheduled(cron = "${muster.moderation.trust-cron:0 7 * * * *}")
    @Transactional
    public void promote() {
        if (!jobs.tryLock("muster.trust-levels")) return;
        var candidates = members.promotable();
        var rules = settings.current();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            var batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            promote(batch, rules);
        }
        spam.forgetOldFingerprints();
    }

    private void promote(List<Standing> batch, ModerationSettings rules) {
        var ids = batch.stream().map(Standing::memberId).toList();
        var read = visits.visits(ids);
        var records = posts.authorRecords(ids);
        var flagged = new HashSet<>(reviews.authorsWithUpheldFlags(ids));
        for (var member : batch) {
            var v = read.getOrDefault(member.memberId(), new int[2]);
            int level = rules.levelFor(v[0], v[1], records.get(member.memberId()).accepted(), flagged.contains(member.memberId()));
            if (level <= member.trustLevel()) continue;
            standings.setTrust(member.memberId(), level, false);
            events.publishEvent(new TrustLevelEarned(member.memberId(), member.trustLevel(), level));
            audit.record(null, "trust", "member", member.memberId(), "earned by activity",
                    Map.of("level", member.trustLevel()), Map.of("level", level, "daysVisited", v[0], "questionsRead", v[1]));
        }
    }
}
