package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class DraftRepository {

    private final JdbcClient db;

    DraftRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<SavedDraft> find(long memberId, DraftPlace place) {
        return db.sql("select place, title, body, tags, updated_at from drafts where member_id = :m and place = :p")
                .param("m", memberId).param("p", place.name()).query(SavedDraft.class).optional();
    }

    SavedDraft save(long memberId, DraftPlace place, String title, String body, String tags) {
        return db.sql("""
                        insert into drafts (member_id, place, title, body, tags) values (:m, :p, :title, :body, :tags)
                        on conflict (member_id, place) do update
                        set title = excluded.title, body = excluded.body, tags = excluded.tags, updated_at = now()
                        returning place, title, body, tags, updated_at""")
                .param("m", memberId).param("p", place.name()).param("title", title).param("body", body).param("tags", tags)
                .query(SavedDraft.class).single();
    }

    /** Called where a post is published, in its transaction, so a published text leaves no draft behind. */
    void delete(long memberId, DraftPlace place) {
        db.sql("delete from drafts where member_id = :m and place = :p").param("m", memberId).param("p", place.name()).update();
    }
}
