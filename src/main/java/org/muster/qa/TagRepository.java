package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class TagRepository {

    private final JdbcClient db;

    TagRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Tag> find(String name) {
        return db.sql("select id, name, description, question_count from tags where name = :name")
                .param("name", name).query(Tag.class).optional();
    }

    List<Tag> findAll(Collection<String> names) {
        if (names.isEmpty()) return List.of();
        return db.sql("select id, name, description, question_count from tags where name in (:names)")
                .param("names", names).query(Tag.class).list();
    }

    long create(String name, Long createdBy) {
        return db.sql("""
                        insert into tags (name, created_by) values (:name, :by)
                        on conflict (name) do update set name = excluded.name returning id""")
                .param("name", name).param("by", createdBy).query(Long.class).single();
    }

    List<Tag> listPopular(String prefix, int limit) {
        return db.sql("""
                        select id, name, description, question_count from tags
                        where (:prefix = '' or name like :like) order by question_count desc, name limit :limit""")
                .param("prefix", prefix).param("like", prefix + "%").param("limit", limit)
                .query(Tag.class).list();
    }

    void describe(long id, String description) {
        db.sql("update tags set description = :d where id = :id").param("id", id).param("d", description).update();
    }

    /** Recounts live questions for the given tags (after a question gained or lost them). */
    void recount(Collection<Long> tagIds) {
        if (tagIds.isEmpty()) return;
        db.sql("""
                        update tags t set question_count = (select count(*) from post_tags pt join posts p on p.id = pt.post_id
                                where pt.tag_id = t.id and p.deleted_at is null)
                        where t.id in (:ids)""")
                .param("ids", tagIds).update();
    }

    List<Long> idsOf(long postId) {
        return db.sql("select tag_id from post_tags where post_id = :id").param("id", postId).query(Long.class).list();
    }

    /** Positive-score posts, the trust signal that lets a member create tags. */
    int countPositivePosts(long memberId) {
        return db.sql("select count(*) from posts where author_id = :m and score > 0 and deleted_at is null")
                .param("m", memberId).query(Integer.class).single();
    }
}
