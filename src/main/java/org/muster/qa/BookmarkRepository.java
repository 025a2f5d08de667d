package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class BookmarkRepository {

    private static final int EXCERPT = 160;

    private final JdbcClient db;

    BookmarkRepository(JdbcClient db) {
        this.db = db;
    }

    boolean insert(long memberId, long postId) {
        return db.sql("insert into bookmarks (member_id, post_id) values (:member, :post) on conflict do nothing")
                .param("member", memberId).param("post", postId).update() == 1;
    }

    boolean delete(long memberId, long postId) {
        return db.sql("delete from bookmarks where member_id = :member and post_id = :post")
                .param("member", memberId).param("post", postId).update() == 1;
    }

    /** The member's bookmarks, newest first, whatever the member may see of them now (the caller checks). */
    List<Bookmark> list(long memberId, int offset, int limit) {
        return db.sql("""
                select b.post_id, p.kind, q.id as question_id, q.title as question_title,
                       left(p.body, :excerpt) as excerpt, b.created_at as bookmarked_at
                from bookmarks b
                join posts p on p.id = b.post_id
                join posts q on q.id = coalesce(p.question_id, p.id)
                where b.member_id = :member
                order by b.created_at desc, b.post_id desc
                offset :offset limit :limit""")
                .param("member", memberId).param("excerpt", EXCERPT).param("offset", offset).param("limit", limit)
                .query(Bookmark.class).list();
    }

    Optional<Bookmark> find(long memberId, long postId) {
        return db.sql("""
                select b.post_id, p.kind, q.id as question_id, q.title as question_title,
                       left(p.body, :excerpt) as excerpt, b.created_at as bookmarked_at
                from bookmarks b
                join posts p on p.id = b.post_id
                join posts q on q.id = coalesce(p.question_id, p.id)
                where b.member_id = :member and b.post_id = :post""")
                .param("member", memberId).param("post", postId).param("excerpt", EXCERPT)
                .query(Bookmark.class).optional();
    }

}
