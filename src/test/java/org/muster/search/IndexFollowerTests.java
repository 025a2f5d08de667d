package org.muster.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index follower keeps going past a question it cannot index, and loses none of the questions changed with it. */
class IndexFollowerTests extends SearchFixture {

    @Test
    void aQuestionThatCannotBeIndexedDoesNotKeepTheQuestionsChangedWithItOutOfSearch() {
        var space = space("public");
        var asker = member("Follower asker");
        long poison = ask(asker, space, "Router firmware update stalls " + token, "It stops at half way, every time.", List.of("routers"));
        long neighbour = ask(asker, space, "Router lights blink orange " + token, "After a power cut it blinks.", List.of("routers"));
        assertThat(awaitSearch(asker, token)).contains(poison, neighbour);

        // As an import can leave it: an author name that is one word longer than Lucene can index, changed
        // in the same moment as another question, so that both reach the follower in one batch.
        var renamed = "fresh" + token;
        db.sql("""
                with poisoned as (update posts set author_id = null, source_author = repeat('x', 40000) where id = :poison),
                     retitled as (update posts set title = title || ' ' || :renamed where id = :neighbour)
                insert into domain_events (type, payload)
                values ('PostEdited', cast(:first as jsonb)), ('PostEdited', cast(:second as jsonb))""")
                .param("poison", poison).param("neighbour", neighbour).param("renamed", renamed)
                .param("first", edited(poison)).param("second", edited(neighbour))
                .update();

        assertThat(awaitSearch(asker, renamed)).contains(neighbour);
        long later = ask(asker, space, "Router fan is loud at night " + token, "Since the summer it is loud.", List.of("routers"));
        assertThat(awaitSearch(asker, "loud " + token)).contains(later);
    }

    @Test
    void aQuestionWithNothingVisibleToEmbedIsFoundByItsTags() {
        var space = space("public");
        var asker = member("Invisible asker");
        long plain = ask(asker, space, "Modem drops the line every evening", "Only in the evening " + token, List.of("routers"));
        // Text that predates input normalising: nothing in it that the embedding model could read.
        var tag = "tag" + token;
        long invisible = ask(asker, space, "Modem with a tag of its own only", "A placeholder body for now.", List.of("routers", tag));
        db.sql("""
                with blanked as (update posts set title = :blank, body = :blank, body_html = '' where id = :id)
                insert into domain_events (type, payload) values ('PostEdited', cast(:payload as jsonb))""")
                .param("blank", "\u200B\u200B").param("id", invisible).param("payload", edited(invisible))
                .update();
        assertThat(awaitSearch(asker, "tag:" + tag)).contains(invisible);
        long after = ask(asker, space, "Modem reboots when the phone rings", "Every call " + token, List.of("routers"));
        assertThat(awaitSearch(asker, token)).contains(plain, after);
    }

    @Test
    void anEditThatKeepsTheWordsDoesNotEmbedTheQuestionAgain() {
        var space = space("public");
        var asker = member("Retagging asker");
        long id = ask(asker, space, "Thermostat loses its schedule " + token, "After a power cut the schedule is gone.", List.of("thermostats"));
        awaitSearch(asker, token);
        var embedded = embeddedAt(id);

        assertThat(asker.patch("/api/v1/questions/" + id, java.util.Map.of("tags", List.of("thermostats", "schedules"))).status()).isEqualTo(200);
        assertThat(awaitSearch(asker, "tag:schedules " + token)).contains(id);
        assertThat(embeddedAt(id)).isEqualTo(embedded);

        assertThat(asker.patch("/api/v1/questions/" + id, java.util.Map.of("body", "After a power cut the schedule is gone, and the clock too.")).status()).isEqualTo(200);
        awaitSearch(asker, token);
        assertThat(embeddedAt(id)).isAfter(embedded);
    }

    private java.time.OffsetDateTime embeddedAt(long questionId) {
        return db.sql("select computed_at from search_embeddings where question_id = :id").param("id", questionId)
                .query(java.time.OffsetDateTime.class).single();
    }

    /** A PostEdited event as the Q&A module stores it. */
    private static String edited(long questionId) {
        return "{\"postId\": " + questionId + ", \"questionId\": " + questionId + ", \"editorId\": 1, \"revision\": 2}";
    }
}
