package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles from solved threads: written by staff from a prefilled draft, found by search among the
 * questions, linked from their threads, revised, kept to their space's readers, and the recurring
 * questions they come from. Each test writes in spaces of its own, with a token in its words.
 */
class ArticleTests extends IntegrationTest {

    private final String token = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;
    private Http staff;
    /** The same staff member signed in with a session, as a browser sends forms. */
    private Http staffSession;
    private Http asker;
    private Http helper;
    private Http moderator;
    private Http visitor;

    @Autowired
    ArticleSitemap sitemap;

    @BeforeEach
    void people() {
        admin = http.withToken(adminToken());
        var email = uniqueEmail("staff");
        long staffId = memberFixture().create(email, "Staff " + token, "staff");
        establish(staffId);
        staff = http.withToken(memberFixture().token(staffId));
        staffSession = new Http("http://localhost:" + port);
        var login = staffSession.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        asker = http.withToken(memberWithRole("champion", "Asker " + token));
        helper = http.withToken(memberWithRole("member", "Helper " + token));
        moderator = http.withToken(memberWithRole("moderator", "Moderator " + token));
        visitor = new Http("http://localhost:" + port);
    }

    @Test
    void aSolvedThreadBecomesAnArticleThatSearchFindsRankedWithTheQuestions() {
        var space = space("public");
        long question = solved(space, "Dishwasher stops mid cycle with error E24 " + token,
                "Drain the sump, then clean the drain filter under the bottom basket and restart the programme.");
        long other = ask(space, "Dishwasher error E24 keeps coming back " + token, "The dishwasher shows E24 again after a week.");

        var draft = staff.get("/api/v1/articles/drafts?questions=" + question);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("title").asString()).isEqualTo("Dishwasher stops mid cycle with error E24 " + token);
        assertThat(draft.json().get("body").asString()).contains("clean the drain filter under the bottom basket");
        assertThat(draft.json().get("space").asString()).isEqualTo(space);
        assertThat(texts(draft.json().get("tags"))).containsExactly("appliances");

        long article = write(draft.json());
        awaitFeed("search.index");
        var found = visitor.get("/api/v1/search?q=" + encode("dishwasher E24 " + token));
        assertThat(found.status()).isEqualTo(200);
        var kinds = new ArrayList<String>();
        for (JsonNode hit : found.json().get("hits")) {
            long id = hit.get("id").asLong();
            boolean isArticle = hit.get("article").asBoolean();
            if (isArticle && id == article) kinds.add("article");
            if (!isArticle && (id == question || id == other)) kinds.add("question");
        }
        assertThat(kinds).as("the article is ranked among the questions").contains("article", "question");
        var page = visitor.get("/search?q=" + encode("dishwasher E24 " + token)).body();
        assertThat(page).contains("a=" + article).contains("article-hit");

        var suggested = helper.get("/ask/similar?title=" + encode("Dishwasher stops with E24 " + token) + "&body=").body();
        assertThat(suggested).as("the ask form suggests the article").contains("/articles/" + article + "/");
        var related = visitor.get("/api/v1/questions/" + other + "/related?limit=20").json();
        related.forEach(r -> assertThat(r.get("article").asBoolean()).as("related questions are questions").isFalse());
    }

    @Test
    void theThreadShowsThatItIsNowDocumentedInTheArticle() {
        var space = space("public");
        long question = solved(space, "Heat pump hums loudly at night " + token,
                "Fit the anti-vibration feet and lower the night fan speed in the installer menu.");
        long article = write(staff.get("/api/v1/articles/drafts?questions=" + question).json());
        awaitFeed("platform.page-cache");
        var thread = visitor.get("/questions/" + question).body();
        assertThat(thread).contains("Now documented in").contains("/articles/" + article + "/heat-pump-hums-loudly-at-night");
        assertThat(staff.get("/questions/" + question).body()).contains("/articles/new?questions=" + question);
        assertThat(helper.get("/questions/" + question).body()).doesNotContain("/articles/new");
    }

    @Test
    void eachEditIsARevisionWithItsEditorAndTime() {
        var space = space("public");
        long question = solved(space, "Router loses settings after power cut " + token,
                "Save the configuration to the backup slot, then enable restore on boot in the advanced menu.");
        long article = write(staff.get("/api/v1/articles/drafts?questions=" + question).json());
        var edited = staff.put("/api/v1/articles/" + article, Map.of("title", "Keep the router's settings after a power cut " + token,
                "body", "Save the configuration to the backup slot; restore on boot brings it back.", "tags", List.of("router")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("revision").asInt()).isEqualTo(2);
        assertThat(edited.json().get("bodyHtml").asString()).contains("restore on boot");

        var revisions = visitor.get("/api/v1/articles/" + article + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(revisions.get(0).get("editorName").asString()).isEqualTo("Staff " + token);
        assertThat(revisions.get(0).get("createdAt").isNull()).isFalse();
        assertThat(revisions.get(1).get("title").asString()).isEqualTo("Router loses settings after power cut " + token);
        var page = visitor.get("/articles/" + article + "/revisions").body();
        assertThat(page).contains("Router loses settings after power cut " + token).contains("by Staff " + token);
    }

    @Test
    void articleMarkdownIsSanitizedAsPostsAre() {
        var space = space("public");
        long question = solved(space, "Boiler pressure drops every morning " + token,
                "Refill to 1.5 bar with the filling loop, then bleed the radiators from the top floor down.");
        var draft = staff.get("/api/v1/articles/drafts?questions=" + question).json();
        var written = staff.post("/api/v1/articles", Map.of("space", space, "title", draft.get("title").asString(),
                "body", "Refill the boiler. <script>alert(1)</script> [link](javascript:alert(1))", "tags", List.of(),
                "questions", List.of(question)));
        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().get("bodyHtml").asString()).doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void aPrivateArticleIsNotFoundByAnOutsiderNorListedInTheSitemap() {
        var privateSpace = space("private");
        var publicSpace = space("public");
        long hidden = solved(privateSpace, "Internal VPN token expires early " + token,
                "Resync the token clock from the self-service portal, then sign in again within a minute.");
        long shown = solved(publicSpace, "Public wifi portal never loads " + token,
                "Open any plain http address so the captive portal can redirect, then accept the terms.");
        long secret = write(staff.get("/api/v1/articles/drafts?questions=" + hidden).json());
        long open = write(staff.get("/api/v1/articles/drafts?questions=" + shown).json());
        awaitFeed("search.index");

        assertThat(helper.get("/api/v1/articles/" + secret).status()).isEqualTo(404);
        assertThat(helper.get("/articles/" + secret).status()).isEqualTo(404);
        assertThat(visitor.get("/api/v1/articles/" + secret).status()).isEqualTo(404);
        assertThat(helper.get("/api/v1/articles/" + secret + "/revisions").status()).isEqualTo(404);
        assertThat(articleIds(helper.get("/api/v1/articles"))).doesNotContain(secret).contains(open);
        assertThat(helper.get("/api/v1/search?q=" + encode("VPN token " + token)).body()).doesNotContain("Internal VPN token");
        assertThat(staff.get("/api/v1/search?q=" + encode("VPN token " + token)).body()).contains("\"path\":\"/articles/" + secret + "/");

        var paths = new ArrayList<String>();
        for (long offset = 0; offset < sitemap.count(); offset += 1000) {
            sitemap.pages(offset, 1000).forEach(p -> paths.add(p.path()));
        }
        assertThat(paths).anyMatch(p -> p.startsWith("/articles/" + open + "/")).noneMatch(p -> p.startsWith("/articles/" + secret + "/"));

        assertThat(visitor.get("/articles/" + open).body()).contains("application/ld+json").contains("\"@type\":\"Article\"")
                .contains("\"headline\":\"Public wifi portal never loads " + token + "\"")
                .contains("\"datePublished\"").contains("\"dateModified\"").contains("\"publisher\"")
                .contains("<link rel=\"canonical\"");
        assertThat(staff.get("/articles/" + secret).body()).doesNotContain("application/ld+json");
    }

    @Test
    void aMemberCannotWriteOrEditAnArticle() {
        var space = space("public");
        long question = solved(space, "Washing machine door will not open " + token,
                "Wait two minutes for the door lock to cool, then pull the emergency release behind the filter flap.");
        var draft = staff.get("/api/v1/articles/drafts?questions=" + question).json();
        var input = Map.of("space", space, "title", draft.get("title").asString(), "body", draft.get("body").asString(),
                "tags", List.of(), "questions", List.of(question));
        assertThat(helper.post("/api/v1/articles", input).status()).isEqualTo(403);
        assertThat(moderator.post("/api/v1/articles", input).status()).isEqualTo(403);
        assertThat(visitor.post("/api/v1/articles", input).status()).isEqualTo(401);
        assertThat(helper.get("/api/v1/articles/drafts?questions=" + question).status()).isEqualTo(403);
        assertThat(helper.get("/articles/new?questions=" + question).status()).isEqualTo(403);
        long article = write(draft);
        assertThat(helper.put("/api/v1/articles/" + article, input).status()).isEqualTo(403);
        assertThat(helper.get("/api/v1/articles/" + article).json().get("article").get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedBesideItsField() {
        var space = space("public");
        long question = solved(space, "Oven light stays on after closing " + token,
                "Replace the door switch behind the left hinge; the light relay is not at fault.");
        var base = new HashMap<String, Object>(Map.of("space", space, "title", "Oven light stays on " + token,
                "body", "Replace the door switch behind the left hinge.", "tags", List.of(), "questions", List.of(question)));
        assertField(with(base, "title", "Short"), "title");
        assertField(with(base, "body", "\u200b\u200b"), "body");
        assertField(with(base, "tags", java.util.Arrays.asList("oven", null)), "tags[1]");
        assertField(with(base, "tags", List.of("not a tag!")), "tags");
        assertField(with(base, "questions", java.util.Arrays.asList(question, null)), "questions[1]");
        assertField(with(base, "questions", List.of()), "questions");
        assertField(with(base, "questions", List.of(Long.MAX_VALUE)), "questions");
        assertThat(staff.post("/api/v1/articles", with(base, "body", "x".repeat(70_000))).status()).isEqualTo(413);
        assertThat(staff.get("/api/v1/articles/" + Long.MAX_VALUE).status()).isEqualTo(404);
        var emptyItem = staff.get("/api/v1/articles/drafts?questions=" + question + "&questions=");
        assertThat(emptyItem.status()).isEqualTo(400);
        assertThat(emptyItem.json().get("field").asString()).isEqualTo("questions");
        var refusedAnswer = staffSession.submit("/questions/" + question, "/questions/" + question + "/answers", Map.of("body", ""));
        assertThat(refusedAnswer.status()).as("a refused answer shows the thread again, its articles too").isEqualTo(200);
        var page = staffSession.submit("/articles/new?questions=" + question, "/articles",
                Map.of("space", space, "title", "Short", "body", "Replace the door switch behind the left hinge.",
                        "questions", Long.toString(question)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The title must be 15 to 150 characters long.");
    }

    @Test
    void theFormIsPrefilledAndPublishesTheArticle() {
        var space = space("public");
        long question = solved(space, "Smart plug drops off the network daily " + token,
                "Give the plug a fixed address in the router and turn off band steering for 2.4 GHz.");
        var form = staff.get("/articles/new?questions=" + question);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Smart plug drops off the network daily " + token + "\"")
                .contains("turn off band steering").contains("name=\"questions\" value=\"" + question + "\"");
        var sent = staffSession.submit("/articles/new?questions=" + question, "/articles", Map.of("space", space,
                "title", "Smart plug drops off the network daily " + token,
                "body", "Give the plug a fixed address and turn off band steering.", "tagText", "network",
                "questions", Long.toString(question)));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.header("Location")).contains("/articles/");
        var page = visitor.get(sent.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Give the plug a fixed address").contains("Written from these threads")
                .contains("/questions/" + question + "/");
        assertThat(visitor.get("/spaces/" + space + "/articles").body()).contains("Smart plug drops off the network daily " + token);
    }

    @Test
    void theReportListsADuplicateClusterWithoutAnArticleAndDropsItOnceDocumented() {
        var space = space("public");
        long original = solved(space, "Garage door opener reverses before closing " + token,
                "Realign the safety sensors until both LEDs glow steadily, then run the travel limit setup.");
        long first = ask(space, "Garage door goes back up by itself " + token, "The garage door opens again right before it closes.");
        long second = ask(space, "Why does my garage door reopen " + token, "It reverses every time it nearly reaches the floor.");
        for (long duplicate : List.of(first, second)) {
            var closed = moderator.post("/api/v1/questions/" + duplicate + "/close", Map.of("reason", "duplicate", "duplicateOf", original));
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        }
        awaitFeed("knowledge.duplicates");
        assertThat(helper.get("/api/v1/articles/recurring").status()).isEqualTo(403);
        var cluster = clusterOf(original);
        assertThat(cluster).as("the cluster of " + original).containsExactly(original, first, second);
        assertThat(staff.get("/articles/recurring").body()).contains("Garage door opener reverses before closing " + token)
                .contains("Asked 3 times").contains("questions=" + original + "&amp;questions=" + first);

        var draft = staff.get("/api/v1/articles/drafts?questions=" + original).json();
        assertThat(longs(draft.get("questions"))).as("the duplicates come with their original").containsExactly(original, first, second);
        long article = write(draft);
        assertThat(clusterOf(original)).isEmpty();
        awaitFeed("platform.page-cache");
        assertThat(visitor.get("/questions/" + first).body()).contains("/articles/" + article + "/");
    }

    @Test
    void aQuestionAskedAgainInOtherWordsJoinsItsOriginalsCluster() {
        var space = space("public");
        long original = solved(space, "Coffee machine shows descale warning after descaling " + token,
                "Hold the descale button for five seconds after the cycle to reset the counter.");
        awaitFeed("search.index");
        long again = ask(space, "Coffee machine still shows the descale warning after I descaled it " + token,
                "It happens every time and the manual does not say why. What should I do?");
        long unrelated = ask(space, "Which milk gives the best foam for a cappuccino " + token,
                "I want thicker foam on my cappuccino. Does whole milk or oat milk work better?");
        awaitFeed("knowledge.duplicates");
        assertThat(clusterOf(original)).contains(original, again).doesNotContain(unrelated);
    }

    private List<Long> clusterOf(long original) {
        var report = staff.get("/api/v1/articles/recurring?limit=100");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        for (JsonNode cluster : report.json()) {
            var ids = new ArrayList<Long>();
            for (JsonNode q : cluster.get("questions")) ids.add(q.get("id").asLong());
            if (ids.getFirst() == original) return ids;
        }
        return List.of();
    }

    private void assertField(Map<String, Object> input, String field) {
        var refused = staff.post("/api/v1/articles", input);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private long write(JsonNode draft) {
        var input = new HashMap<String, Object>();
        input.put("space", draft.get("space").asString());
        input.put("title", draft.get("title").asString());
        input.put("body", draft.get("body").asString());
        input.put("tags", texts(draft.get("tags")));
        input.put("questions", longs(draft.get("questions")));
        var written = staff.post("/api/v1/articles", input);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().get("id").asLong();
    }

    private String space(String visibility) {
        var slug = "kn-" + visibility + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Space " + slug, "visibility", visibility));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        if (!visibility.equals("public")) {
            for (var member : List.of(asker)) {
                assertThat(admin.post("/api/v1/spaces/" + slug + "/members",
                        Map.of("email", member.get("/api/v1/me").json().get("email").asString())).status()).isEqualTo(204);
            }
        }
        return slug;
    }

    private long ask(String space, String title, String body) {
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "title", title, "body", body, "tags", List.of("appliances")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    /** A question with an accepted answer: the answer by the asker when the helper may not see the space. */
    private long solved(String space, String title, String solution) {
        long question = ask(space, title, "It happens every time and the manual does not say why. What should I do?");
        var answered = asker.post("/api/v1/questions/" + question + "/answers", Map.of("body", solution));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        var accepted = asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answered.json().get("id").asLong()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return question;
    }

    private static List<Long> articleIds(Http.Response list) {
        var ids = new ArrayList<Long>();
        for (JsonNode listed : list.json().get("articles")) ids.add(listed.get("article").get("id").asLong());
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<Long> longs(JsonNode array) {
        var values = new ArrayList<Long>();
        array.forEach(v -> values.add(v.asLong()));
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
