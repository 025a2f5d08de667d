package org.muster.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class SettingsRepository {

    private final JdbcClient db;

    SettingsRepository(JdbcClient db) {
        this.db = db;
    }

    Map<String, String> all() {
        var values = new HashMap<String, String>();
        db.sql("select name, value from moderation_settings")
                .query((rs, row) -> values.put(rs.getString("name"), rs.getString("value"))).list();
        return values;
    }

    Optional<String> find(String name) {
        return db.sql("select value from moderation_settings where name = :name").param("name", name)
                .query(String.class).optional();
    }

    void put(String name, String value, long by) {
        db.sql("""
                        insert into moderation_settings (name, value, updated_by) values (:name, :value, :by)
                        on conflict (name) do update set value = :value, updated_by = :by, updated_at = now()""")
                .param("name", name).param("value", value).param("by", by).update();
    }

    List<String> phrases() {
        return db.sql("select phrase from spam_phrases order by phrase").query(String.class).list();
    }

    boolean addPhrase(String phrase, long by) {
        return db.sql("insert into spam_phrases (phrase, created_by) values (:p, :by) on conflict do nothing")
                .param("p", phrase).param("by", by).update() == 1;
    }

    boolean removePhrase(String phrase) {
        return db.sql("delete from spam_phrases where phrase = :p").param("p", phrase).update() == 1;
    }

    List<String> championTags(long memberId) {
        return db.sql("select tag from champion_tags where member_id = :m order by tag").param("m", memberId)
                .query(String.class).list();
    }

    Map<Long, List<String>> championTags(Collection<Long> memberIds) {
        var tags = new HashMap<Long, List<String>>();
        if (memberIds.isEmpty()) return tags;
        db.sql("select member_id, array_agg(tag order by tag) from champion_tags where member_id in (:ids) group by member_id")
                .param("ids", memberIds)
                .query((rs, row) -> tags.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()))).list();
        return tags;
    }

    void replaceChampionTags(long memberId, List<String> tags) {
        db.sql("delete from champion_tags where member_id = :m").param("m", memberId).update();
        for (var tag : tags)
            db.sql("insert into champion_tags (member_id, tag) values (:m, :t) on conflict do nothing")
                    .param("m", memberId).param("t", tag).update();
    }

    void countRedactions(String kind, String source, int count) {
        db.sql("""
                        insert into redaction_counts (day, kind, source, count) values (current_date, :kind, :source, :count)
                        on conflict (day, kind, source) do update set count = redaction_counts.count + :count""")
                .param("kind", kind).param("source", source).param("count", count).update();
    }

    /** Findings per kind since a day: figures for insights, never content. */
    Map<String, Integer> redactionCounts(int days) {
        var counts = new java.util.TreeMap<String, Integer>();
        db.sql("select kind, sum(count)::int as n from redaction_counts where day > current_date - :days group by kind")
                .param("days", days)
                .query((rs, row) -> counts.put(rs.getString("kind"), rs.getInt("n"))).list();
        return counts;
    }
}
