package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

@Repository
class WatchRepository {

    /** One member watching a question's space (tag null) or one of its tags. */
    record TopicWatcher(long memberId, String tag) {
    }

    private final JdbcClient db;

    WatchRepository(JdbcClient db) {
        this.db = db;
    }

    void watchTag(long memberId, String tag, boolean watching) {
        db.sql(watching
                        ? "insert into routing_topic_watches (member_id, tag) values (:m, :tag) on conflict do nothing"
                        : "delete from routing_topic_watches where member_id = :m and tag = :tag")
                .param("m", memberId).param("tag", tag).update();
    }

    void watchSpace(long memberId, long spaceId, boolean watching) {
        db.sql(watching
                        ? "insert into routing_topic_watches (member_id, space_id) values (:m, :space) on conflict do nothing"
                        : "delete from routing_topic_watches where member_id = :m and space_id = :space")
                .param("m", memberId).param("space", spaceId).update();
    }

    boolean watchingTag(long memberId, String tag) {
        return db.sql("select exists (select 1 from routing_topic_watches where member_id = :m and tag = :tag)")
                .param("m", memberId).param("tag", tag).query(Boolean.class).single();
    }

    boolean watchingSpace(long memberId, long spaceId) {
        return db.sql("select exists (select 1 from routing_topic_watches where member_id = :m and space_id = :space)")
                .param("m", memberId).param("space", spaceId).query(Boolean.class).single();
    }

    List<String> listTags(long memberId) {
        return db.sql("select tag from routing_topic_watches where member_id = :m and tag is not null order by tag")
                .param("m", memberId).query(String.class).list();
    }

    List<Long> listSpaceIds(long memberId) {
        return db.sql("select space_id from routing_topic_watches where member_id = :m and space_id is not null")
                .param("m", memberId).query(Long.class).list();
    }

    /** Who watches the space or any of the tags: the space's watchers first, then each tag's by name. */
    List<TopicWatcher> listWatchers(long spaceId, Collection<String> tags) {
        return db.sql("""
                        select member_id, tag from routing_topic_watches
                        where space_id = :space or tag = any(:tags)
                        order by tag nulls first, member_id""")
                .param("space", spaceId).param("tags", tags.toArray(String[]::new))
                .query(TopicWatcher.class).list();
    }
}
