package org.muster.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches that find nothing, or whose results nobody opens, are what the knowledge team writes next. */
class SearchGapsTests extends SearchFixture {

    @Test
    void staffSeeSearchesWithoutResultsOrWithoutAnOpenedResult() {
        var space = space("public");
        var asker = member("Asker");
        long id = ask(asker, space, "Smart plug loses schedule " + token, "The smart plug forgets its schedule after a power cut.", List.of("plugs"));
        awaitSearch(http, token);

        // Within the test's own space: elsewhere other tests' questions may match the words by meaning.
        search(http, token + " quantum toaster -plug space:" + space);
        search(http, token + "   Quantum   TOASTER -plug  space:" + space);
        var opened = search(http, "plug smart " + token).json().get("searchKey").asString();
        var page = http.get("/search?q=" + java.net.URLEncoder.encode(token + " smart plug", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.body()).contains("/search/open?s=");
        assertThat(http.post("/api/v1/searches/" + opened + "/opened", java.util.Map.of()).status()).isEqualTo(204);

        var staff = member("Staff", "staff");
        var gaps = staff.get("/api/v1/search/gaps");
        assertThat(gaps.status()).isEqualTo(200);
        var mine = StreamSupport.stream(gaps.json().spliterator(), false)
                .filter(g -> g.get("query").asString().contains(token)).toList();
        var toaster = mine.stream().filter(g -> g.get("query").asString().contains("toaster")).findFirst().orElseThrow();
        assertThat(toaster.get("searches").asInt()).isEqualTo(2);
        assertThat(toaster.get("noResults").asInt()).isEqualTo(2);
        assertThat(toaster.get("lastSeen").asString()).isNotBlank();
        var plug = mine.stream().filter(g -> g.get("query").asString().contains("smart")).findFirst().orElseThrow();
        assertThat(plug.get("searches").asInt()).isEqualTo(2);
        assertThat(plug.get("noResults").asInt()).isZero();
        assertThat(plug.get("unopened").asInt()).isEqualTo(1);

        assertThat(staff.get("/admin/search-gaps").body()).contains("quantum").contains("toaster");
        assertThat(member("Plain", "member").get("/api/v1/search/gaps").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/search/gaps").status()).isEqualTo(401);
    }

    @Test
    void openingAResultThroughItsLinkCountsTheSearchAsSuccessful() {
        var space = space("public");
        long id = ask(member("Asker"), space, "Doorbell chime too quiet " + token, "The indoor chime of the doorbell is barely audible.", List.of("doorbell"));
        awaitSearch(http, token + " doorbell");
        var searchKey = search(http, token + " chime").json().get("searchKey").asString();
        var redirect = http.get("/search/open?s=" + searchKey + "&q=" + id);
        assertThat(redirect.status()).isIn(200, 302, 303);
        var staff = member("Staff", "staff");
        var chime = StreamSupport.stream(staff.get("/api/v1/search/gaps").json().spliterator(), false)
                .filter(g -> g.get("query").asString().contains(token) && g.get("query").asString().contains("chime")).toList();
        assertThat(chime).isEmpty();
    }

    @Test
    void nobodyButTheSearcherCanMarkASearchOpened() {
        var space = space("public");
        long id = ask(member("Asker"), space, "Garage opener ignores remote " + token, "The garage door opener ignores the remote.", List.of("garage"));
        awaitSearch(http, token + " garage");
        var searcher = member("Searcher", "member");
        var results = search(searcher, token + " remote garage").json();
        assertThat(results.get("searchKey").asString()).hasSizeGreaterThan(30);
        assertThat(results.has("searchId")).isFalse();
        var latest = awaitLogged(token + " remote garage", 1);
        // Ids counted through, as a visitor would try them, open nothing.
        for (long guess = latest; guess > latest - 5; guess--) {
            assertThat(http.post("/api/v1/searches/" + guess + "/opened", java.util.Map.of()).status()).isEqualTo(204);
            http.get("/search/open?s=" + guess + "&q=" + id);
        }
        var staff = member("Staff", "staff");
        var remote = StreamSupport.stream(staff.get("/api/v1/search/gaps").json().spliterator(), false)
                .filter(g -> g.get("query").asString().contains(token) && g.get("query").asString().contains("remote")).toList();
        assertThat(remote).hasSize(1);
        assertThat(remote.getFirst().get("unopened").asInt()).isEqualTo(1);
    }

    @Test
    void searchesAreLoggedWithoutAnyoneAskingForTheGaps() {
        var searcher = member("Logged searcher", "member");
        search(searcher, token + " humidifier");
        search(searcher, token + " humidifier");
        awaitLogged(token + " humidifier", 2);
        assertThat(db.sql("select count(*) from search_log where query = :q and member_id is not null")
                .param("q", token + " humidifier").query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("select searches from search_gaps where normalized = :n")
                .param("n", SearchService.normalized(token + " humidifier")).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aResultOpenedWhileItsSearchIsWrittenStillCounts() throws Exception {
        var searcher = member("Quick opener", "member");
        var keys = new java.util.ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            keys.add(search(searcher, token + " dehumidifier").json().get("searchKey").asString());
            Thread.sleep(50);
            searcher.post("/api/v1/searches/" + keys.getLast() + "/opened", java.util.Map.of());
        }
        awaitLogged(token + " dehumidifier", 1);
        var staff = member("Staff", "staff");
        var gap = StreamSupport.stream(staff.get("/api/v1/search/gaps").json().spliterator(), false)
                .filter(g -> g.get("query").asString().contains(token)).toList();
        assertThat(gap).isEmpty();
        assertThat(db.sql("select count(*) from search_log where query = :q and not opened")
                .param("q", token + " dehumidifier").query(Integer.class).single()).isZero();
    }

    /** Waits until the search log holds this search so many times (it is written about once a second); its latest id. */
    private long awaitLogged(String query, int times) {
        for (int i = 0; i < 100; i++) {
            var logged = db.sql("select count(*), max(id) from search_log where query = :q").param("q", query)
                    .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
            if (logged[0] >= times) return logged[1];
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not logged: " + query);
    }
}
