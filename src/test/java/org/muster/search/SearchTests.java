package org.muster.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member relies on when searching: finding prior answers, the query syntax, and bad input. */
class SearchTests extends SearchFixture {

    private String space;
    private Http asker;
    private Http helper;

    @BeforeEach
    void community() {
        space = space("public");
        asker = member("Asker");
        helper = member("Helper Person");
    }

    @Test
    void findsAQuestionByTheWordsOfItsAcceptedAnswerInAnyForm() {
        long id = ask(asker, space, "Printer stays offline " + token, "My office printer shows offline all the time after moving desks.", List.of("printing"));
        long answerId = answer(helper, id, "Reinstalling the spooler service fixed it for me: it had crashed silently.");
        asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answerId));
        var found = awaitSearch(http, token + " reinstall spoolers");
        assertThat(found).containsExactly(id);
        var hit = search(http, token + " printer").json().get("hits").get(0);
        assertThat(hit.get("titleHtml").asString()).contains("<mark>Printer</mark>");
        assertThat(hit.get("solved").asBoolean()).isTrue();
    }

    @Test
    void toleratesATypoInALongerWord() {
        long id = ask(asker, space, "Bluetooth headphones disconnect " + token, "The headphones disconnect every few minutes during calls.", List.of("audio"));
        assertThat(awaitSearch(http, token + " headphnoes")).containsExactly(id);
    }

    @Test
    void findsTheAnswerToAQuestionAskedWithDifferentWords() {
        long id = ask(asker, space, "How do I reset the admin password of my router? " + token,
                "I forgot the administrator password for the router's web interface and cannot log in to change settings.",
                List.of("router"));
        // Not one word in common but the token: meaning, not words, finds it.
        var found = awaitSearch(http, token + " forgotten login credentials for wifi box");
        assertThat(found).contains(id);
    }

    @Test
    void readsPhrasesExclusionsAndOperators() {
        var other = space("public");
        long solved = ask(asker, space, "Battery drains overnight " + token, "The battery drains overnight even when the laptop sleeps.", List.of("battery", "laptop"));
        long answered = answer(helper, solved, "Turn off wake on LAN in the power settings.");
        asker.post("/api/v1/questions/" + solved + "/accept", Map.of("answerId", answered));
        long open = ask(helper, other, "Battery calibration " + token, "How do I calibrate the battery drains gauge of a phone?", List.of("battery", "phone"));
        awaitSearch(http, token);

        assertThat(mine(search(http, token + " \"drains overnight\""))).containsExactly(solved);
        assertThat(mine(search(http, token + " battery -laptop"))).containsExactly(open);
        assertThat(mine(search(http, token + " tag:phone"))).containsExactly(open);
        assertThat(mine(search(http, token + " is:solved"))).containsExactly(solved);
        assertThat(mine(search(http, token + " is:unanswered"))).containsExactly(open);
        assertThat(mine(search(http, token + " space:" + other))).containsExactly(open);
        assertThat(mine(search(http, token + " author:\"Helper Person\""))).containsExactly(open);
        assertThat(mine(search(http, token + " space:no-such-space"))).isEmpty();
    }

    @Test
    void countsFacetsOverEveryMatch() {
        long first = ask(asker, space, "Sync fails on login " + token, "Sync fails each time I log in on the desktop app.", List.of("sync", "desktop"));
        long second = ask(asker, space, "Sync stalls at 99 percent " + token, "Sync stalls near the end on the mobile app.", List.of("sync", "mobile"));
        awaitSearch(http, token + " sync");
        var facets = search(http, token + " sync").json().get("facets");
        // Other tests' questions may match by meaning and bring facets of their own; ours must count both.
        assertThat(facet(facets.get("spaces"), "value", "space:" + space).get("count").asInt()).isEqualTo(2);
        assertThat(facet(facets.get("tags"), "label", "sync").get("count").asInt()).isEqualTo(2);
        assertThat(facets.get("unsolved").asInt()).isGreaterThanOrEqualTo(2);
    }

    private static tools.jackson.databind.JsonNode facet(tools.jackson.databind.JsonNode facets, String key, String value) {
        for (var facet : facets) if (facet.get(key).asString().equals(value)) return facet;
        throw new AssertionError("No facet " + value + " in " + facets);
    }

    @Test
    void aRepeatedSearchShowsWhatChangedSinceItsLastRun() {
        long first = ask(asker, space, "Kettle switches off early " + token, "The kettle switches off before the water boils.", List.of("boilers"));
        assertThat(awaitSearch(http, token + " kettle")).containsExactly(first);
        assertThat(mine(search(http, token + " kettle"))).containsExactly(first);

        long second = ask(asker, space, "Kettle lid will not close " + token, "The kettle lid springs open again.", List.of("boilers"));
        // Deleted: gone at once, though the index may not have caught up yet.
        assertThat(asker.delete("/api/v1/questions/" + first).status()).isEqualTo(204);
        assertThat(mine(search(http, token + " kettle"))).doesNotContain(first);
        assertThat(awaitSearch(http, token + " kettle")).containsExactly(second);
    }

    @Test
    void anEditedQuestionIsFoundByItsNewWordsAndADeletedOneNoLonger() {
        long id = ask(asker, space, "Camera app freezes " + token, "The camera app freezes when switching lenses.", List.of("camera"));
        awaitSearch(http, token + " camera");
        assertThat(asker.patch("/api/v1/questions/" + id, Map.of("body", "The camera app freezes when recording slow motion video.")).status()).isEqualTo(200);
        assertThat(awaitSearch(http, token + " slow motion")).containsExactly(id);
        assertThat(asker.delete("/api/v1/questions/" + id).status()).isEqualTo(204);
        assertThat(awaitSearch(http, token + " camera")).isEmpty();
    }

    @Test
    void emojiAndNonLatinScriptsAreSearchable() {
        long japanese = ask(asker, space, "プリンターが動かない " + token, "印刷ができません。ドライバーを再インストールしました。", List.of("printing"));
        long russian = ask(asker, space, "Принтер не печатает " + token, "После обновления принтер перестал печатать документы.", List.of("printing"));
        long emoji = ask(asker, space, "Reactions 🎉 do not show " + token, "The 🎉 reaction never appears under my posts.", List.of("reactions"));
        assertThat(awaitSearch(http, token + " プリンター")).contains(japanese);
        assertThat(awaitSearch(http, token + " принтер")).contains(russian);
        assertThat(awaitSearch(http, token + " 🎉")).contains(emoji);
    }

    @Test
    void anEmptyQueryListsRecentQuestions() {
        long older = ask(asker, space, "First of two recent questions " + token, "An older question in this space for the recent list.", List.of("misc"));
        long newer = ask(asker, space, "Second of two recent questions " + token, "A newer question in this space for the recent list.", List.of("misc"));
        var found = awaitSearch(http, "space:" + space);
        assertThat(found).containsExactly(newer, older);
        var page = http.get("/search");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Recent questions");
    }

    @Test
    void luceneSyntaxAndOpenQuotesAreText() {
        for (var query : List.of("*?~:^()[]{}\"\\/", "\"unbalanced quote", "title:(a OR b)^3 [x TO y] ~2", "-", "\"\"", "AND OR NOT")) {
            var response = search(http, query);
            assertThat(response.status()).as(query).isEqualTo(200);
            assertThat(http.get("/search?q=" + encode(query)).status()).as(query).isEqualTo(200);
        }
    }

    @Test
    void anOverlongQueryIsRefusedNamingTheField() {
        var response = search(http, "word ".repeat(2000));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("q");
        var page = http.get("/search?q=" + encode("word ".repeat(2000)));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("at most 500 characters");
        assertThat(http.get("/api/v1/search?q=x&page=0").status()).isEqualTo(400);
    }

    @Test
    void theSearchPageShowsHighlightedResultsAndFacetLinks() {
        long id = ask(asker, space, "Keyboard backlight stays off " + token, "The keyboard backlight stays off after waking up.", List.of("keyboard"));
        awaitSearch(http, token + " backlight");
        var page = http.get("/search?q=" + encode(token + " backlight"));
        assertThat(page.body()).contains("<mark>backlight</mark>").contains("/search/open?s=")
                .contains("tag:keyboard").containsPattern("\\d+ questions?");
    }
}
