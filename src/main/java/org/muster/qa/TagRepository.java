package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

@Repository
class TagRepository {

    /**
     * Tags as one reader sees them: counted over the live questions of the spaces he may read, and
     * only those such a question carries or that one of those spaces names in a tag group. A tag
     * used only where he may not read does not exist for him.
     */
    private static final String READABLE = """
            select t.id, t.name, t.description, count(p.id)::int as question_count
            from tags t
            left join post_tags pt on pt.tag_id = t.id
            left join posts p on p.id = pt.post_id and p.kind = 'question' and p.deleted_at is null
                             and p.space_id = any(:spaces)
            where %s
            group by t.id
            having count(p.id) > 0 or t.name = any(:defined)""";

    private final JdbcClient db;

    TagRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Tag> findReadable(String name, Collection<Long> spaceIds, Collection<String> defined) {
        return db.sql(READABLE.formatted("t.name = :name"))
                .param("name", name).param("spaces", ids(spaceIds)).param("defined", names(defined))
                .query(Tag.class).optional();
    }

    /** The names among these that the reader may see, as {@link #findReadable} decides. */
    List<String> readableNames(Collection<String> names, Collection<Long> spaceIds, Collection<String> defined) {
        return db.sql("select name from (" + READABLE.formatted("t.name = any(:names)") + ") readable")
                .param("names", names(names)).param("spaces", ids(spaceIds)).param("defined", names(defined))
                .query(String.class).list();
    }

    List<Tag> listReadable(String prefix, Collection<Long> spaceIds, Collection<String> defined, int limit) {
        return db.sql(READABLE.formatted("(:prefix = '' or t.name like :like)") + " order by 4 desc, t.name limit :limit")
                .param("prefix", prefix).param("like", prefix + "%").param("limit", limit)
                .param("spaces", ids(spaceIds)).param("defined", names(defined))
                .query(Tag.class).list();
    }

    Optional<Long> idOf(String name) {
        return db.sql("select id from tags where name = :name").param("name", name).query(Long.class).optional();
    }

    /** Ids by name of the tags among these that exist anywhere. */
    Map<String, Long> findIds(Collection<String> names) {
        var ids = new HashMap<String, Long>();
        db.sql("select name, id from tags where name = any(:names)").param("names", names(names))
                .query((rs, row) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    long create(String name, Long createdBy) {
        return db.sql("""
                        insert into tags (name, created_by) values (:name, :by)
                        on conflict (name) do update set name = excluded.name returning id""")
                .param("name", name).param("by", createdBy).query(Long.class).single();
    }

    void describe(long id, String description) {
        db.sql("update tags set description = :d where id = :id").param("id", id).param("d", description).update();
    }

    /** Positive-score posts, the trust signal that lets a member create tags. */
    int countPositivePosts(long memberId) {
        return db.sql("select count(*) from posts where author_id = :m and score > 0 and deleted_at is null")
                .param("m", memberId).query(Integer.class).single();
    }

    private static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static String[] names(Collection<String> names) {
        return names.toArray(String[]::new);
    }
}
