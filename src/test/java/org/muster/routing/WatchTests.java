package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Watching tags and spaces, and the notification a new question in them brings. */
class WatchTests extends QaFixture {

    private String tag;

    @BeforeEach
    void setUp() {
        admin = http.withToken(adminToken());
        tag = "w" + UUID.randomUUID().toString().substring(0, 8);
        space = space("public");
    }

    @Test
    void watchesAndStopsWatchingATagAndASpace() {
        var watcher = member("Tag Watcher");
        ask(watcher, "A first question so that the tag exists", List.of("windows", tag));

        assertThat(watcher.put("/api/v1/watches/tags/" + tag, Map.of()).json().get("watching").asBoolean()).isTrue();
        assertThat(watcher.put("/api/v1/watches/spaces/" + space, Map.of()).status()).isEqualTo(200);
        var watching = watcher.get("/api/v1/watches").json();
        assertThat(watching.get("tags").toString()).contains(tag);
        assertThat(watching.get("spaces").get(0).get("slug").asString()).isEqualTo(space);
        // The questions one asks are watched (qa's own watches), listed beside tags and spaces.
        assertThat(watching.get("questions").size()).isEqualTo(1);

        assertThat(watcher.delete("/api/v1/watches/tags/" + tag).json().get("watching").asBoolean()).isFalse();
        assertThat(watcher.delete("/api/v1/watches/spaces/" + space).status()).isEqualTo(200);
        watching = watcher.get("/api/v1/watches").json();
        assertThat(watching.get("tags").size()).isZero();
        assertThat(watching.get("spaces").size()).isZero();
        assertThat(db.sql("select count(*) from domain_events where type = 'TopicWatched' and payload ->> 'memberId' = :m")
                .param("m", String.valueOf(memberId(watcher))).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void watchingAPrivateSpaceOrItsTagsOneCannotSeeIs404() {
        var hidden = "h" + UUID.randomUUID().toString().substring(0, 8);
        var secret = space("private", hidden);
        var insider = member("Insider");
        admin.post("/api/v1/spaces/" + secret + "/members", Map.of("email", email(insider)));
        var asked = insider.post("/api/v1/questions", Map.of("space", secret, "title", "A question only insiders may read",
                "body", "Only the members of this space may read this question at all.", "tags", List.of(hidden)));
        assertThat(asked.status()).isEqualTo(201);

        var outsider = member("Outsider");
        assertThat(outsider.put("/api/v1/watches/spaces/" + secret, Map.of()).status()).isEqualTo(404);
        assertThat(outsider.put("/api/v1/watches/tags/" + hidden, Map.of()).status()).isEqualTo(404);
        assertThat(insider.put("/api/v1/watches/tags/" + hidden, Map.of()).status()).isEqualTo(200);
        assertThat(outsider.get("/watching/spaces/" + secret).status()).isEqualTo(404);
        assertThat(insider.put("/api/v1/watches/spaces/" + secret, Map.of()).status()).isEqualTo(200);
        assertThat(http.put("/api/v1/watches/tags/windows", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aNewQuestionInWatchedTagsAndSpaceIsNotifiedOnce() {
        var asker = member("Asker");
        var watcher = member("Everything Watcher");
        ask(asker, "A first question so that the tag exists", List.of("windows", tag));
        watcher.put("/api/v1/watches/tags/windows", Map.of());
        watcher.put("/api/v1/watches/tags/" + tag, Map.of());
        watcher.put("/api/v1/watches/spaces/" + space, Map.of());
        asker.put("/api/v1/watches/tags/" + tag, Map.of());

        long question = ask(asker, "Which firmware fixes the hourly drops?", List.of("windows", tag));
        awaitFeed("routing.watches");

        assertThat(watchedTopic(memberId(watcher), question)).containsExactly("notification.watched-space");
        assertThat(watchedTopic(memberId(asker), question)).as("nobody is told of their own question").isEmpty();
    }

    @Test
    void aWatcherWhoCannotSeeThePrivateSpaceIsToldNothing() {
        var secret = privateSpace();
        var insider = member("Insider Watcher");
        admin.post("/api/v1/spaces/" + secret + "/members", Map.of("email", email(insider)));
        var outsider = member("Outside Watcher");
        var asker = member("Public Asker");
        ask(asker, "A public question so that the tag exists", List.of("windows", tag));
        outsider.put("/api/v1/watches/tags/" + tag, Map.of());
        insider.put("/api/v1/watches/tags/" + tag, Map.of());
        admin.post("/api/v1/spaces/" + secret + "/members", Map.of("email", email(asker)));

        var asked = asker.post("/api/v1/questions", Map.of("space", secret, "title", "A private question with a public tag",
                "body", "Only the members of this space may read this question at all.", "tags", List.of(tag)));
        long question = asked.json().get("id").asLong();
        awaitFeed("routing.watches");

        assertThat(watchedTopic(memberId(outsider), question)).isEmpty();
        assertThat(watchedTopic(memberId(insider), question)).containsExactly("notification.watched-tag");
    }

    @Test
    void theTagPageLoadsAWatchButtonThatWorksWithoutJavaScript() {
        var watcher = member("Page Watcher");
        ask(watcher, "A first question so that the tag exists", List.of("windows", tag));
        assertThat(watcher.get("/tags/" + tag).body()).contains("hx-get=\"/watching/tags/" + tag + "\"");

        var page = watcher.get("/watching/tags/" + tag);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"watching\" value=\"true\"");
        var watched = watcher.submit("/watching/tags/" + tag, "/watching/tags/" + tag, Map.of("watching", "true"));
        assertThat(watched.status()).isEqualTo(302);
        assertThat(watcher.get("/settings/watching").body()).contains("/tags/" + tag);

        var fragment = watcher.withHeaders(Map.of("HX-Request", "true")).get("/watching/tags/" + tag);
        assertThat(fragment.body()).doesNotContain("<html").contains("name=\"watching\" value=\"false\"");
    }

    private String privateSpace() {
        return space("private", tag);
    }

    /** A space whose tag group names the test's own tag, so the tag exists before a question carries it. */
    private String space(String visibility) {
        return space(visibility, tag);
    }

    private String space(String visibility, String spaceTag) {
        var slug = visibility + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Watched " + slug, "visibility", visibility,
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(spaceTag, "windows")))));
        assertThat(created.status()).isEqualTo(201);
        return slug;
    }

    private long ask(Http who, String title, List<String> tags) {
        var response = who.post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "The router drops the connection every hour since the update.", "tags", tags));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    private List<String> watchedTopic(long memberId, long questionId) {
        return db.sql("select message_key from notifications where member_id = :m and question_id = :q and kind = 'WATCHED_TOPIC'")
                .param("m", memberId).param("q", questionId).query(String.class).list();
    }

    static long memberId(Http who) {
        return who.get("/api/v1/me").json().get("id").asLong();
    }

    static String email(Http who) {
        return who.get("/api/v1/me").json().get("email").asString();
    }
}
