package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is told about a question's news: its author and its watchers, and the authors of its posts;
 * and the questions' current titles for lines that name them. No reader's checks: whoever tells them
 * asks {@link PostVisibility} what each of them may see.
 */
@Service
@NamedInterface("api")
public class QuestionFollowers {

    /** A question's title, its author (null once erased) and the members watching it, the author among them if they watch. */
    public record Followers(long questionId, String title, Long authorId, List<Long> watcherIds) {
    }

    private final JdbcClient db;

    QuestionFollowers(JdbcClient db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public Optional<Followers> of(long questionId) {
        var watchers = db.sql("select member_id from watches where question_id = :q order by member_id")
                .param("q", questionId).query(Long.class).list();
        return db.sql("select id, title, author_id from posts where id = :q and kind = 'question'")
                .param("q", questionId)
                .query((rs, n) -> new Followers(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), watchers))
                .optional();
    }

    /** The author of each of these questions and answers that has one. */
    @Transactional(readOnly = true)
    public Map<Long, Long> authors(Collection<Long> postIds) {
        var authors = new HashMap<Long, Long>();
        if (postIds.isEmpty()) return authors;
        db.sql("select id, author_id from posts where id in (:ids) and author_id is not null")
                .param("ids", postIds)
                .query(rs -> {
                    authors.put(rs.getLong(1), rs.getLong(2));
                });
        return authors;
    }

    /** The current title of each of these questions. */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> questionIds) {
        var titles = new HashMap<Long, String>();
        if (questionIds.isEmpty()) return titles;
        db.sql("select id, title from posts where id in (:ids) and kind = 'question'")
                .param("ids", questionIds)
                .query(rs -> {
                    titles.put(rs.getLong(1), rs.getString(2));
                });
        return titles;
    }
}
