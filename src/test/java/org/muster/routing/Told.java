package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** One stored notification as the tests of routing's subscribers look at it: to whom, which line, about what, what mail. */
record Told(long id, long memberId, String key, Long questionId, Long postId, Long commentId, String args, String path,
            String mail) {

    /**
     * Every notification of this kind about this subject (a review, a ticket, a badge, a sign-up), oldest
     * first; lines starting with the key, as one kind's subjects are ids of different things.
     */
    static List<Told> about(JdbcClient db, NotificationKind kind, String key, long subjectId) {
        return db.sql("""
                        select id, member_id, message_key as key, question_id, post_id, comment_id, args::text as args, path, mail
                        from notifications where kind = :kind and subject_id = :subject and starts_with(message_key, :key)
                        order by id""")
                .param("kind", kind.name()).param("subject", subjectId).param("key", key).query(Told.class).list();
    }

    /** Every notification of this kind to this member, oldest first. */
    static List<Told> to(JdbcClient db, NotificationKind kind, long memberId) {
        return db.sql("""
                        select id, member_id, message_key as key, question_id, post_id, comment_id, args::text as args, path, mail
                        from notifications where kind = :kind and member_id = :member order by id""")
                .param("kind", kind.name()).param("member", memberId).query(Told.class).list();
    }

    /** The stored row, for asking {@link WhatTheyMaySee} whether its reader may still see it. */
    Notification stored(NotificationKind kind) {
        return new Notification(id, memberId, kind, questionId, postId, commentId, null, null, key, List.of(), path, null, null);
    }
}
