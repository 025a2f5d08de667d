package org.muster.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What insights reads of the search log: where a search belongs, what was opened from it, and that it is final after an hour. */
class SearchActivityTests extends SearchFixture {

    @Autowired
    SearchActivity activity;

    @Test
    void aSearchBelongsToTheSpaceOfTheQuestionOpenedFromItAndSaysWhetherItWasSolved() {
        var space = space("public");
        var asker = member("Asker");
        long id = ask(asker, space, "Blender jar leaks at the base " + token, "The blender's jar leaks where it meets the base.", List.of("blenders"));
        long answer = answer(member("Helper"), id, "Replace the gasket under the blade assembly.");
        assertThat(asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answer)).status()).isEqualTo(200);
        awaitSearch(http, token + " blender");
        long before = activity.lastIdBefore(Instant.now());

        var searcher = member("Searcher", "member");
        var key = search(searcher, "space:" + space + " " + token + " blender leaks").json().get("searchKey").asString();
        assertThat(searcher.post("/api/v1/searches/" + key + "/opened?question=" + id, Map.of()).status()).isEqualTo(204);
        // A space with no questions: nothing found, by words or by meaning, whatever other tests asked.
        var empty = space("public");
        search(http, "space:" + empty + " " + token + "nowhere");

        // The search that waited for the index may be written after "before": each is told by its own words.
        var logged = awaitLogged(before, 2);
        var opened = logged.stream().filter(s -> s.normalized().contains("leaks")).findFirst().orElseThrow();
        long spaceId = admin().get("/api/v1/spaces/" + space).json().get("id").asLong();
        assertThat(opened.opened()).isTrue();
        assertThat(opened.openedSolved()).isTrue();
        assertThat(opened.spaceId()).isEqualTo(spaceId);
        assertThat(opened.spaces()).containsExactly(spaceId);
        assertThat(opened.memberId()).isNotNull();
        var nothing = logged.stream().filter(s -> s.normalized().contains("nowhere")).findFirst().orElseThrow();
        assertThat(nothing.resultCount()).isZero();
        assertThat(nothing.spaceId()).isNull();
        assertThat(nothing.memberId()).isNull();
        assertThat(nothing.spaces()).as("the spaces it looked in")
                .containsExactly(admin().get("/api/v1/spaces/" + empty).json().get("id").asLong());
    }

    @Test
    void aResultOpenedMoreThanAnHourAfterItsSearchChangesNothing() {
        var space = space("public");
        long id = ask(member("Asker"), space, "Toaster lever will not stay down " + token, "The lever pops up at once.", List.of("toasters"));
        awaitSearch(http, token + " toaster");
        long before = activity.lastIdBefore(Instant.now());
        var key = search(http, "space:" + space + " " + token + " toaster lever").json().get("searchKey").asString();
        var logged = awaitLogged(before, 1).stream().filter(s -> s.normalized().contains("lever")).findFirst().orElseThrow();
        // As if the search had been made two hours ago.
        db.sql("update search_log set searched_at = now() - interval '2 hours' where id = :id").param("id", logged.id()).update();

        http.get("/search/open?s=" + key + "&q=" + id);
        assertThat(activity.batchAfter(before, 100).stream().filter(s -> s.id() == logged.id()).findFirst().orElseThrow().opened())
                .isFalse();
    }

    private List<LoggedSearch> awaitLogged(long after, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var mine = activity.batchAfter(after, 10_000).stream().filter(s -> s.normalized().contains(token)).toList();
            if (mine.stream().filter(s -> !s.normalized().equals(SearchService.normalized(token + " blender"))
                    && !s.normalized().equals(SearchService.normalized(token + " toaster"))).count() >= count) return mine;
            if (Instant.now().isAfter(deadline)) throw new AssertionError("The searches were not logged: " + mine);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
