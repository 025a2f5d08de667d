package org.muster.moderation;

import org.muster.accounts.Members;
import org.muster.accounts.Standing;
import org.muster.qa.PostModeration;
import org.muster.qa.QuestionViewed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
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

    private final JdbcClient db;
    private final Members members;
    private final PostModeration posts;
    private final ReviewRepository reviews;
    private final Settings settings;
    private final AuditLog audit;
    private final SpamRepository spam;

    TrustLevels(JdbcClient db, Members members, PostModeration posts, ReviewRepository reviews, Settings settings,
                AuditLog audit, SpamRepository spam) {
        this.db = db;
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
        db.sql("""
                        insert into member_visits (member_id, day, reads) values (:m, current_date, 1)
                        on conflict (member_id, day) do update set reads = member_visits.reads + 1""")
                .param("m", viewed.memberId()).update();
    }

    @Scheduled(cron = "${muster.moderation.trust-cron:0 7 * * * *}")
    @Transactional
    public void promote() {
        if (!db.sql("select pg_try_advisory_xact_lock(hashtext('muster.trust-levels'))").query(Boolean.class).single()) return;
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
        var visits = visits(ids);
        var records = posts.authorRecords(ids);
        var flagged = new HashSet<>(reviews.authorsWithUpheldFlags(ids));
        for (var member : batch) {
            var v = visits.getOrDefault(member.memberId(), new int[2]);
            int level = rules.levelFor(v[0], v[1], records.get(member.memberId()).accepted(), flagged.contains(member.memberId()));
            if (level <= member.trustLevel()) continue;
            members.setTrust(member.memberId(), level, false);
            audit.record(null, "trust", "member", member.memberId(), "earned by activity",
                    Map.of("level", member.trustLevel()), Map.of("level", level, "daysVisited", v[0], "questionsRead", v[1]));
        }
    }

    /** Days visited and questions read, per member. */
    private Map<Long, int[]> visits(List<Long> ids) {
        var visits = new HashMap<Long, int[]>();
        db.sql("select member_id, count(*)::int as days, sum(reads)::int as reads from member_visits where member_id in (:ids) group by member_id")
                .param("ids", ids)
                .query((rs, row) -> visits.put(rs.getLong("member_id"), new int[]{rs.getInt("days"), rs.getInt("reads")}))
                .list();
        return visits;
    }
}
