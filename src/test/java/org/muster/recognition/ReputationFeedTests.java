package org.muster.recognition;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.muster.Http;
import org.muster.qa.VoteCast;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reputation follows the feed through a platform subscription: an event it cannot apply does not stop it. */
class ReputationFeedTests extends IntegrationTest {

    @Test
    void anEventThatCannotBeAppliedIsRecordedAndTheOnesAfterItStillCount() {
        var asker = new Http("http://localhost:" + port).withToken(memberWithRole("champion", "Feed asker"));
        var space = "feed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        new Http("http://localhost:" + port).withToken(adminToken())
                .post("/api/v1/spaces", Map.of("slug", space, "name", "Feed space", "visibility", "public"));
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "title", "Which grease for a bike chain in winter?",
                "body", "Salt on the roads eats it every week.", "tags", List.of("bikes")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long question = asked.json().get("id").asLong();
        long author = db.sql("select author_id from posts where id = :q").param("q", question).query(Long.class).single();
        long voter = db.sql("select id from members where email = :e").param("e", ADMIN_EMAIL).query(Long.class).single();

        // A vote for an author who does not exist: its reputation source cannot be stored.
        var poison = new VoteCast(question, question, voter + 1_000_000, 987_654_321L, 1, 0);
        var good = new VoteCast(question, question, voter, author, 1, 0);
        publishAndAwait(poison, "recognition.reputation");
        publishAndAwait(good, "recognition.reputation");

        assertThat(db.sql("select count(*) from reputation_sources where source_key = :k")
                .param("k", "vote:" + question + ":" + voter).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from feed_failures where subscription = 'recognition.reputation' and error like '%reputation_sources%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }
}
