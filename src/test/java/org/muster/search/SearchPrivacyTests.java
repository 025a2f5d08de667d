package org.muster.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search must never show what a reader may not see: for every visibility and every kind of reader,
 * through results, facet counts, similar-question suggestions and related lists. Deleted questions too.
 */
class SearchPrivacyTests extends SearchFixture {

    private final Map<String, Long> questions = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private Http listedMember;
    private Http otherMember;
    private Http staff;
    private Http visitor;
    private long deleted;
    private Http author;
    private String byAuthor;

    @BeforeEach
    void aQuestionInEverySpace() {
        listedMember = member("Listed", "member");
        otherMember = member("Other", "member");
        staff = member("Staff", "staff");
        visitor = new Http("http://localhost:" + port);
        author = member("Author " + token, "staff");
        byAuthor = " author:\"Author " + token + "\"";
        for (var visibility : List.of("public", "members", "private", "staff")) {
            var slug = space(visibility);
            slugs.put(visibility, slug);
            questions.put(visibility, ask(author, slug, "Thermostat schedule resets " + token + " " + visibility,
                    "The thermostat schedule resets itself every night after the firmware update.", List.of("thermostat")));
        }
        assertThat(admin().post("/api/v1/spaces/" + slugs.get("private") + "/members",
                Map.of("email", listedMember.get("/api/v1/me").json().get("email").asString())).status()).isEqualTo(204);
        deleted = ask(author, slugs.get("public"), "Thermostat schedule resets deleted " + token,
                "The thermostat schedule resets itself every night, deleted copy.", List.of("thermostat"));
        awaitSearch(admin(), token);
        assertThat(author.delete("/api/v1/questions/" + deleted).status()).isEqualTo(204);
        // Results are checked against the database at once; counts follow the index, a moment later.
        awaitFeed("search.index");
    }

    @Test
    void visitorsFindOnlyPublicQuestions() {
        assertFinds(visitor, "public");
    }

    @Test
    void membersFindPublicAndMembersQuestions() {
        assertFinds(otherMember, "public", "members");
    }

    @Test
    void listedMembersAlsoFindTheirPrivateSpace() {
        assertFinds(listedMember, "public", "members", "private");
    }

    @Test
    void staffFindEverything() {
        assertFinds(staff, "public", "members", "private", "staff");
    }

    private void assertFinds(Http reader, String... visible) {
        var expected = new ArrayList<Long>();
        for (var v : visible) expected.add(questions.get(v));
        var hidden = new ArrayList<Long>(questions.values());
        hidden.removeAll(expected);
        hidden.add(deleted);

        var results = search(reader, token + " thermostat" + byAuthor);
        assertThat(ids(results)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(results.json().get("total").asInt()).isEqualTo(visible.length);
        var facets = results.json().get("facets");
        var facetSpaces = StreamSupport.stream(facets.get("spaces").spliterator(), false)
                .map(f -> f.get("value").asString()).toList();
        assertThat(facetSpaces).containsExactlyInAnyOrderElementsOf(List.of(visible).stream().map(v -> "space:" + slugs.get(v)).toList());
        assertThat(facets.get("tags").get(0).get("count").asInt()).isEqualTo(visible.length);
        assertThat(mine(search(reader, token))).containsExactlyInAnyOrderElementsOf(expected);
        for (var v : List.of("public", "members", "private", "staff")) {
            if (!List.of(visible).contains(v)) assertThat(ids(search(reader, token + " space:" + slugs.get(v)))).isEmpty();
            if (!List.of(visible).contains(v)) assertThat(ids(search(reader, "space:" + slugs.get(v)))).isEmpty();
        }

        var similar = reader.get("/api/v1/questions/similar?limit=20&title=" + encode("Thermostat schedule resets " + token)
                + "&body=" + encode("The thermostat schedule resets every night after the firmware update."));
        assertThat(similar.status()).isEqualTo(200);
        var suggested = StreamSupport.stream(similar.json().spliterator(), false).map(s -> s.get("id").asLong()).toList();
        assertThat(suggested).containsAll(expected).doesNotContainAnyElementsOf(hidden);

        var related = reader.get("/api/v1/questions/" + questions.get("public") + "/related?limit=20");
        var relatedIds = StreamSupport.stream(related.json().spliterator(), false).map(s -> s.get("id").asLong()).toList();
        assertThat(relatedIds).doesNotContainAnyElementsOf(hidden).doesNotContain(questions.get("public"));
        assertThat(relatedIds).containsAll(expected.stream().filter(id -> !id.equals(questions.get("public"))).toList());

        var page = reader.get("/search?q=" + encode(token + " thermostat")).body();
        for (var v : List.of("public", "members", "private", "staff")) {
            if (List.of(visible).contains(v)) assertThat(page).contains("Space " + slugs.get(v));
            else assertThat(page).doesNotContain(slugs.get(v));
        }
    }
}
