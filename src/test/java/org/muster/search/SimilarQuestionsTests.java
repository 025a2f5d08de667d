package org.muster.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate prevention: the panel beside the ask form, related questions, and moderators' suggestions. */
class SimilarQuestionsTests extends SearchFixture {

    private String space;
    private Http asker;
    private long solved;

    @BeforeEach
    void aSolvedQuestion() {
        space = space("public");
        asker = member("Asker");
        var helper = member("Helper");
        solved = ask(asker, space, "Washing machine shows error E21 and will not drain " + token,
                "My washing machine stops mid-cycle with error code E21 and the water stays in the drum.", List.of("appliances"));
        long answer = answer(helper, solved, "E21 means the drain pump is blocked: clean the filter behind the front flap.");
        asker.post("/api/v1/questions/" + solved + "/accept", Map.of("answerId", answer));
        ask(asker, space, "Dishwasher leaves white residue on glasses " + token,
                "After each cycle the glasses come out cloudy with a white film.", List.of("appliances"));
        awaitSearch(http, token);
    }

    @Test
    void typingATitleThatDuplicatesASolvedQuestionShowsItFirstWithItsSolvedMark() {
        var similar = http.get("/api/v1/questions/similar?title=" + encode("washer won't pump out the water, code E21 " + token));
        assertThat(similar.status()).isEqualTo(200);
        var first = similar.json().get(0);
        assertThat(first.get("id").asLong()).isEqualTo(solved);
        assertThat(first.get("solved").asBoolean()).isTrue();
        assertThat(first.get("spaceName").asString()).isEqualTo("Space " + space);

        var panel = asker.get("/ask/similar?title=" + encode("washer won't pump out the water, code E21 " + token));
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("Already asked?").contains("/questions/" + solved + "/").contains("Solved");
    }

    @Test
    void theAskFormCarriesThePanelAndShowsItAgainWhenThePostIsRefused() {
        var form = asker.get("/ask?space=" + space).body();
        assertThat(form).contains("hx-get=\"/ask/similar\"").contains("id=\"similar\"");
        var refused = asker.submit("/ask?space=" + space, "/ask", Map.of("space", space,
                "title", "Washing machine error E21 will not drain " + token, "body", "short"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Already asked?").contains("/questions/" + solved + "/");
    }

    @Test
    void aQuestionPageListsRelatedQuestionsAndModeratorsGetDuplicateSuggestions() {
        long repeat = ask(asker, space, "Error E21 on my washing machine, water does not drain " + token,
                "The washing machine shows E21 and does not drain the water at the end of the cycle.", List.of("appliances"));
        awaitSearch(http, token);
        var page = http.get("/questions/" + repeat).body();
        assertThat(page).contains("Related questions").contains("hx-get=\"/related/" + repeat + "\"");
        var panel = http.withHeaders(Map.of("HX-Request", "true")).get("/related/" + repeat).body();
        assertThat(panel).startsWith("<section").contains("/questions/" + solved + "/");
        assertThat(http.get("/related/" + repeat).body()).contains("<title>Related to").contains("/questions/" + solved + "/");

        var moderator = member("Moderator", "moderator");
        assertThat(moderator.get("/questions/" + repeat).body()).contains("hx-get=\"/related/" + repeat + "/duplicates\"");
        var suggestions = moderator.withHeaders(Map.of("HX-Request", "true")).get("/related/" + repeat + "/duplicates").body();
        assertThat(suggestions).contains("Possible duplicates").contains("name=\"duplicateOf\" value=\"" + solved + "\"");
        assertThat(asker.get("/related/" + repeat + "/duplicates").status()).isEqualTo(403);
        var closed = moderator.submit("/related/" + repeat + "/duplicates", "/questions/" + repeat + "/close",
                Map.of("reason", "duplicate", "duplicateOf", Long.toString(solved)));
        assertThat(closed.status()).isIn(200, 302, 303);
        assertThat(http.get("/api/v1/questions/" + repeat).json().get("duplicateOf").asLong()).isEqualTo(solved);
    }

    @Test
    void aDeletedQuestionLeavesTheRelatedListsOfCachedPages() {
        long repeat = ask(asker, space, "Washing machine error E21 again after cleaning the filter " + token,
                "The washing machine shows E21 again and does not drain even after cleaning the pump filter.", List.of("appliances"));
        awaitSearch(http, token);
        assertThat(http.get("/related/" + solved).body()).contains("/questions/" + repeat + "/");
        assertThat(asker.delete("/api/v1/questions/" + repeat).status()).isEqualTo(204);
        awaitFeed("search.index", "platform.page-cache");
        assertThat(http.get("/related/" + solved).body()).doesNotContain("/questions/" + repeat + "/");
    }

    @Test
    void relatedListsShowARankedQuestionAsItIsNow() {
        long repeat = ask(asker, space, "Washing machine E21 drain error after moving house " + token,
                "Since moving house the washing machine shows E21 and the drum does not drain.", List.of("appliances"));
        awaitSearch(http, token);
        assertThat(asker.get("/api/v1/questions/" + solved + "/related?limit=20").body()).contains("after moving house");
        asker.patch("/api/v1/questions/" + repeat, Map.of("title", "Washing machine E21 drain error in the new flat " + token));
        awaitSearch(http, token + " flat");
        assertThat(asker.get("/api/v1/questions/" + solved + "/related?limit=20").body())
                .contains("in the new flat").doesNotContain("after moving house");
    }

    @Test
    void relatedQuestionsLeaveOutTheQuestionItself() {
        var related = http.get("/api/v1/questions/" + solved + "/related");
        assertThat(related.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(related.json().spliterator(), false).map(r -> r.get("id").asLong())).doesNotContain(solved);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var longTitle = http.get("/api/v1/questions/similar?title=" + encode("x".repeat(301)));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().get("field").asString()).isEqualTo("title");
        var limit = http.get("/api/v1/questions/similar?title=router&limit=0");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().get("field").asString()).isEqualTo("limit");
        assertThat(http.get("/api/v1/questions/similar").json().size()).isZero();
        assertThat(http.get("/api/v1/questions/similar?title=" + encode("*?~:^()[]{}\"\\/ 🎉 ルーター")).status()).isEqualTo(200);
    }
}
