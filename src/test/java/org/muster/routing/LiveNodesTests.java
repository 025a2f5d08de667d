package org.muster.routing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muster.Http;
import org.muster.SecondNode;
import org.muster.platform.Signals;
import org.muster.qa.QaFixture;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Muster nodes on one database: a change made on one reaches the live readers of the other, also
 * after the database dropped the listening connection; a node refuses streams beyond its cap.
 */
class LiveNodesTests extends QaFixture {

    private static final int SECOND_NODE_CAP = 3;
    private static SecondNode second;

    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    static Path secondDataDir;

    @BeforeEach
    void nodes() {
        setUpSpace("public");
        if (second == null) second = secondNode();
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) second.close();
        second = null;
    }

    @Test
    void aReaderOnTheSecondNodeSeesAnAnswerPostedOnTheFirst() throws Exception {
        long id = ask(member("nodes-asker"), "Does an answer on node A reach readers on node B?");
        try (var reader = LiveStream.openWhenFree(baseOf(second), "/live?question=" + id)) {
            answer(member("nodes-helper"), id, "Posted on node A, announced on node B through NOTIFY.");
            assertThat(reader.await("answers").data()).isEqualTo(Long.toString(id));
        }
    }

    @Test
    void readersHearAgainAfterTheDatabaseDroppedTheListeningConnection() throws Exception {
        long id = ask(member("nodes-dropped"), "Do live pages survive a database restart?");
        try (var reader = LiveStream.openWhenFree(baseOf(second), "/live?question=" + id)) {
            int dropped = db.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = :name")
                    .param("name", Signals.APPLICATION_NAME)
                    .query(Integer.class).single();
            assertThat(dropped).isGreaterThanOrEqualTo(2);
            // Whatever changed while nobody listened, the page fetches its parts again once the node listens again.
            assertThat(reader.await("answers").data()).isEqualTo(Long.toString(id));
            answer(member("nodes-after"), id, "Posted after the listening connections were dropped.");
            assertThat(reader.await("answers").data()).isEqualTo(Long.toString(id));
        }
    }

    @Test
    void aNodeRefusesStreamsBeyondItsCapAndTakesThemBackWhenReadersLeave() throws Exception {
        long id = ask(member("nodes-capped"), "How many readers may one node hold?");
        var streams = new ArrayList<LiveStream>();
        try {
            for (int i = 0; i < SECOND_NODE_CAP; i++) streams.add(LiveStream.openWhenFree(baseOf(second), "/live?question=" + id));
            var refused = new Http(baseOf(second)).get("/live?question=" + id);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("7");
            assertThat(new Http(baseOf(second)).get("/questions/" + id).status()).isEqualTo(200);
            streams.removeFirst().close();
            streams.add(LiveStream.openWhenFree(baseOf(second), "/live?question=" + id));
        } finally {
            streams.forEach(LiveStream::close);
        }
    }

    private SecondNode secondNode() {
        return SecondNode.start(postgres, secondDataDir.resolve("second"), List.of(
                "--muster.live.max-connections=" + SECOND_NODE_CAP, "--muster.live.retry-after=PT7S",
                // Readers who left are noticed when a heartbeat cannot be written to them.
                "--muster.live.heartbeat=PT0.5S"));
    }

    private static String baseOf(SecondNode node) {
        return node.base();
    }
}
