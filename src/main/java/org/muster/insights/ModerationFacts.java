package org.muster.insights;

import org.muster.moderation.ModerationIncident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** Moderation's incidents as insights keeps them ({@code insight_moderation_incidents}), and counts over them. */
@Repository
class ModerationFacts {

    /** How many incidents of a kind and outcome (null: none yet) fell on a day. */
    record Count(LocalDate day, ModerationIncident.Kind kind, String outcome, long count) {
    }

    private final JdbcClient db;

    ModerationFacts(JdbcClient db) {
        this.db = db;
    }

    /** Forgets what was kept about these posts and keeps their incidents as they stand now. */
    void replace(Collection<Long> postIds, List<ModerationIncident> incidents) {
        if (postIds.isEmpty()) return;
        db.sql("delete from insight_moderation_incidents where post_id = any(:posts)")
                .param("posts", postIds.toArray(Long[]::new)).update();
        if (incidents.isEmpty()) return;
        db.sql("""
                insert into insight_moderation_incidents (kind, id, post_id, space_id, tags, day, outcome, reason)
                select kind, id, post_id, space_id, string_to_array(tags, chr(31)), day, outcome, reason
                from unnest(:kinds, :ids, :posts, :spaces, :tags, :days, :outcomes, :reasons)
                    as i (kind, id, post_id, space_id, tags, day, outcome, reason)""")
                .param("kinds", incidents.stream().map(i -> i.kind().name()).toArray(String[]::new))
                .param("ids", incidents.stream().map(ModerationIncident::id).toArray(Long[]::new))
                .param("posts", incidents.stream().map(ModerationIncident::postId).toArray(Long[]::new))
                .param("spaces", incidents.stream().map(ModerationIncident::spaceId).toArray(Long[]::new))
                // Arrays of arrays must be rectangular in SQL: each incident's tags travel as one joined text.
                .param("tags", incidents.stream().map(i -> String.join("\u001f", i.tags())).toArray(String[]::new))
                .param("days", incidents.stream().map(i -> Date.valueOf(LocalDate.ofInstant(i.at(), ZoneOffset.UTC)))
                        .toArray(Date[]::new))
                .param("outcomes", incidents.stream().map(ModerationIncident::outcome).toArray(String[]::new))
                .param("reasons", incidents.stream().map(ModerationIncident::reason).toArray(String[]::new))
                .update();
    }

    void clear() {
        db.sql("delete from insight_moderation_incidents").update();
    }

    /** Flags raised for this reason in the scope's spaces, period and tag. */
    long flags(String reason, Scope scope) {
        return db.sql("""
                select count(*) from insight_moderation_incidents
                where kind = 'FLAG' and reason = :reason and space_id = any(:spaces) and day between :from and :to
                  and (:tag = '' or :tag = any(tags))""")
                .param("reason", reason).param("spaces", scope.spaceArray()).param("tag", scope.tagKey())
                .param("from", Date.valueOf(scope.period().from())).param("to", Date.valueOf(scope.period().to()))
                .query(Long.class).single();
    }

    /** Incidents per day, kind and outcome in the scope's spaces, period and tag. */
    List<Count> counts(Scope scope) {
        return db.sql("""
                select day, kind, outcome, count(*) from insight_moderation_incidents
                where space_id = any(:spaces) and day between :from and :to and (:tag = '' or :tag = any(tags))
                group by day, kind, outcome""")
                .param("spaces", scope.spaceArray()).param("tag", scope.tagKey())
                .param("from", Date.valueOf(scope.period().from())).param("to", Date.valueOf(scope.period().to()))
                .query((rs, n) -> new Count(rs.getDate(1).toLocalDate(), ModerationIncident.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4)))
                .list();
    }
}
