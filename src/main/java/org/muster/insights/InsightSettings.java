package org.muster.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.stream.Collectors;

/** What admins set for metrics, by name; a name never set reads as its default. Checking values is the caller's. */
@Repository
class InsightSettings {

    private final JdbcClient db;

    InsightSettings(JdbcClient db) {
        this.db = db;
    }

    long value(String name, long fallback) {
        return db.sql("select value from insight_settings where name = :name").param("name", name)
                .query(Long.class).optional().orElse(fallback);
    }

    /** Every setting whose name starts with {@code prefix}. */
    Map<String, Long> values(String prefix) {
        return db.sql("select name, value from insight_settings where name like :prefix").param("prefix", prefix + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void set(String name, long value, long changedBy) {
        db.sql("""
                insert into insight_settings (name, value, changed_by) values (:name, :value, :by)
                on conflict (name) do update set value = excluded.value, changed_by = excluded.changed_by, changed_at = now()""")
                .param("name", name).param("value", value).param("by", changedBy).update();
    }
}
