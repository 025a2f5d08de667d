package org.muster.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@Repository
class SpamRepository {

    record WordCounts(int spam, int ham) {
    }

    private final JdbcClient db;

    SpamRepository(JdbcClient db) {
        this.db = db;
    }

    Map<String, WordCounts> counts(Collection<String> words) {
        var counts = new HashMap<String, WordCounts>();
        if (words.isEmpty()) return counts;
        db.sql("select word, spam, ham from spam_words where word in (:words)").param("words", words)
                .query((rs, row) -> counts.put(rs.getString("word"), new WordCounts(rs.getInt("spam"), rs.getInt("ham"))))
                .list();
        return counts;
    }

    /** Decisions so far: [spam, ham]. */
    int[] decisions() {
        return db.sql("select count(*) filter (where spam), count(*) filter (where not spam) from spam_decisions")
                .query((rs, row) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    /** Counts a decision once per review; returns false when the review was already learned from. */
    boolean learn(long reviewId, boolean spam, Collection<String> words) {
        int inserted = db.sql("insert into spam_decisions (review_id, spam) values (:r, :s) on conflict do nothing")
                .param("r", reviewId).param("s", spam).update();
        if (inserted == 0) return false;
        for (var word : words)
            db.sql("""
                            insert into spam_words (word, spam, ham) values (:w, :s, :h)
                            on conflict (word) do update set spam = spam_words.spam + :s, ham = spam_words.ham + :h""")
                    .param("w", word).param("s", spam ? 1 : 0).param("h", spam ? 0 : 1).update();
        return true;
    }

    void fingerprint(byte[] hash, long memberId) {
        db.sql("insert into post_fingerprints (hash, member_id) values (:h, :m)").param("h", hash).param("m", memberId)
                .update();
    }

    /** How often this text was posted in the last week: [by this member, by others]. */
    int[] repeats(byte[] hash, long memberId) {
        return db.sql("""
                        select count(*) filter (where member_id = :m), count(*) filter (where member_id <> :m)
                        from post_fingerprints where hash = :h and created_at > now() - interval '7 days'""")
                .param("h", hash).param("m", memberId)
                .query((rs, row) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    void forgetOldFingerprints() {
        db.sql("delete from post_fingerprints where created_at < now() - interval '8 days'").update();
    }
}
