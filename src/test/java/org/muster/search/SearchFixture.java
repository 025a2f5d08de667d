package org.muster.search;

import org.muster.Http;
import org.muster.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Spaces and questions for search tests. All tests share one running Muster and so one index: each
 * test's words carry a token of its own, so that it finds only what it wrote.
 */
abstract class SearchFixture extends IntegrationTest {

    protected Http admin;
    protected final String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** The questions this test asked: other tests' questions may match too, by meaning. */
    protected final List<Long> created = new ArrayList<>();

    protected Http admin() {
        if (admin == null) admin = http.withToken(adminToken());
        return admin;
    }

    protected String space(String visibility) {
        var slug = visibility + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin().post("/api/v1/spaces", Map.of("slug", slug, "name", "Space " + slug, "visibility", visibility));
        if (created.status() != 201) throw new AssertionError(created.body());
        return slug;
    }

    /** A member who may also create tags (a champion), so that tests can tag freely. */
    protected Http member(String name) {
        return member(name, "champion");
    }

    protected Http member(String name, String role) {
        return new Http("http://localhost:" + port).withToken(memberWithRole(role, name));
    }

    protected long ask(Http who, String space, String title, String body, List<String> tags) {
        var response = who.post("/api/v1/questions", Map.of("space", space, "title", title, "body", body, "tags", tags));
        if (response.status() != 201) throw new AssertionError(response.body());
        created.add(response.json().get("id").asLong());
        return response.json().get("id").asLong();
    }

    protected long answer(Http who, long questionId, String body) {
        var response = who.post("/api/v1/questions/" + questionId + "/answers", Map.of("body", body));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    protected Http.Response search(Http who, String query) {
        return who.get("/api/v1/search?q=" + encode(query));
    }

    protected static List<Long> ids(Http.Response response) {
        if (response.status() != 200) throw new AssertionError(response.status() + " " + response.body());
        var ids = new ArrayList<Long>();
        for (JsonNode hit : response.json().get("hits")) ids.add(hit.get("id").asLong());
        return ids;
    }

    /** The results among this test's questions, in their order. */
    protected List<Long> mine(Http.Response response) {
        return ids(response).stream().filter(created::contains).toList();
    }

    /** Waits until the index has applied every change made so far, then searches (this test's questions). */
    protected List<Long> awaitSearch(Http who, String query) {
        awaitFeed("search.index", "platform.page-cache");
        return mine(search(who, query));
    }

    protected static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
