package org.muster.search;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defect this feed was rebuilt for: an event whose transaction stays open while later ones commit
 * must still reach every subscriber (search, reputation, the page cache), after those later ones.
 */
class LongTransactionFeedTests extends SearchFixture {

    @Autowired
    DataSource dataSource;

    @Test
    void anEventOfATransactionHeldOpenReachesEverySubscriberLikeTheOnesCommittedMeanwhile() throws Exception {
        var space = space("public");
        var asker = member("Long transaction asker");
        long held = ask(asker, space, "Boiler pressure drops overnight " + token, "It loses a bar every night.", List.of("heating"));
        long quick = ask(asker, space, "Boiler makes a kettling noise " + token, "A rumble when it heats up.", List.of("heating"));
        awaitFeed("search.index", "platform.page-cache", "recognition.reputation");
        var visitor = new Http("http://localhost:" + port);
        // Both pages in the visitors' cache, so that only the feed can tell it they changed.
        for (var id : List.of(held, quick)) {
            visitor.get("/questions/" + id);
            assertThat(visitor.get("/questions/" + id).body()).contains("Boiler");
        }
        long voter = db.sql("select id from members where email = :e").param("e", ADMIN_EMAIL).query(Long.class).single();

        try (var open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            change(open, held, "heldtitle" + token, voter);
            try (var committed = dataSource.getConnection()) {
                change(committed, quick, "quicktitle" + token, voter);
            }
            // Longer than any settle window the feed once trusted, while the later change is committed.
            Thread.sleep(2_500);
            open.commit();
        }
        awaitFeed("search.index", "platform.page-cache", "recognition.reputation");

        assertThat(mine(search(asker, "heldtitle" + token))).containsExactly(held);
        assertThat(mine(search(asker, "quicktitle" + token))).containsExactly(quick);
        assertThat(visitor.get("/questions/" + held).body()).contains("heldtitle" + token);
        assertThat(visitor.get("/questions/" + quick).body()).contains("quicktitle" + token);
        assertThat(db.sql("select source_key from reputation_sources where source_key in (:keys)")
                .param("keys", List.of("vote:" + held + ":" + voter, "vote:" + quick + ":" + voter)).query(String.class).list())
                .hasSize(2);
    }

    /** What the Q&A module writes when a question is retitled and upvoted, written here as one transaction. */
    private void change(Connection connection, long question, String title, long voter) throws SQLException {
        long author = db.sql("select author_id from posts where id = :q").param("q", question).query(Long.class).single();
        try (var retitle = connection.prepareStatement("update posts set title = title || ' ' || ? where id = ?");
             var events = connection.prepareStatement("insert into domain_events (type, payload) values (?, cast(? as jsonb))")) {
            retitle.setString(1, title);
            retitle.setLong(2, question);
            retitle.executeUpdate();
            events.setString(1, "PostEdited");
            events.setString(2, "{\"postId\":%d,\"questionId\":%d,\"editorId\":%d,\"revision\":2}".formatted(question, question, author));
            events.addBatch();
            events.setString(1, "VoteCast");
            events.setString(2, "{\"postId\":%d,\"questionId\":%d,\"voterId\":%d,\"postAuthorId\":%d,\"value\":1,\"previousValue\":0}"
                    .formatted(question, question, voter, author));
            events.addBatch();
            events.executeBatch();
        }
    }
}
