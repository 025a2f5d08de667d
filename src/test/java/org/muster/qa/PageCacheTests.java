package org.muster.qa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Visitors may get cached pages, but never stale ones after a change, and never private ones. */
class PageCacheTests extends QaFixture {

    private Http visitor;
    private Http asker;

    @BeforeEach
    void community() {
        setUpSpace("public");
        visitor = new Http("http://localhost:" + port);
        asker = member("cached");
    }

    @Test
    void visitorsGetNoSessionAndSeeChangesAtOnce() {
        long id = ask(asker, "Does the cached page show new answers?");
        var first = visitor.get("/questions/" + id);
        assertThat(first.header("Set-Cookie")).isNull();
        assertThat(first.header("Content-Security-Policy")).isNotNull();
        assertThat(visitor.get("/questions/" + id).body()).isEqualTo(first.body());

        answer(member("answerer"), id, "Yes: the answer drops the cached page when it commits.");
        assertThat(visitor.get("/questions/" + id).body()).contains("the answer drops the cached page");
        assertThat(visitor.get("/spaces/" + space).body()).contains("1 answer");
    }

    @Test
    void aSpaceTurnedPrivateIsNotServedFromTheCache() {
        long id = ask(asker, "Will this question stay visible to visitors?");
        assertThat(visitor.get("/questions/" + id).status()).isEqualTo(200);
        assertThat(visitor.get("/spaces/" + space).status()).isEqualTo(200);
        admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private"));
        assertThat(visitor.get("/questions/" + id).status()).isEqualTo(404);
        assertThat(visitor.get("/spaces/" + space).status()).isEqualTo(404);
        assertThat(visitor.get("/").body()).doesNotContain("Will this question stay visible");
    }

    @Test
    void aDeletedQuestionIsGoneForVisitorsAtOnce() {
        long id = ask(asker, "A question that its author deletes soon");
        assertThat(visitor.get("/questions/" + id).status()).isEqualTo(200);
        asker.delete("/api/v1/questions/" + id);
        assertThat(visitor.get("/questions/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDeletedCommentIsGoneForVisitorsAtOnce() {
        long id = ask(asker, "Does a deleted comment leave the cached page?");
        var commented = asker.post("/api/v1/posts/" + id + "/comments", Map.of("body", "A comment its author regrets at once."));
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        assertThat(visitor.get("/questions/" + id).body()).contains("A comment its author regrets");
        assertThat(asker.delete("/api/v1/comments/" + commented.json().get("id").asLong()).status()).isEqualTo(204);
        assertThat(visitor.get("/questions/" + id).body()).doesNotContain("A comment its author regrets");
    }

    @Test
    void aHeldCommentReachesVisitorsAsSoonAsAModeratorApprovesIt() {
        long id = ask(asker, "Does an approved comment reach the cached page?");
        var phrase = "zzpills" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/moderation/spam-phrases", Map.of("text", phrase)).status()).isEqualTo(204);
        var email = uniqueEmail("newcomer");
        verifiedMember(email, "Newcomer");
        var newcomer = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        var commented = newcomer.post("/api/v1/posts/" + id + "/comments", Map.of("body", "Not spam at all: " + phrase));
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        long commentId = commented.json().get("id").asLong();
        var moderator = new Http("http://localhost:" + port).withToken(memberWithRole("moderator"));
        long review = -1;
        for (var item : moderator.get("/api/v1/moderation/queue").json())
            if (item.get("review").get("commentId").asLong(-1) == commentId) review = item.get("review").get("id").asLong();
        assertThat(review).as("the held comment is in the queue").isPositive();
        assertThat(visitor.get("/questions/" + id).body()).doesNotContain(phrase);
        assertThat(moderator.post("/api/v1/moderation/reviews/" + review, Map.of("action", "approve")).status()).isEqualTo(200);
        assertThat(visitor.get("/questions/" + id).body()).contains(phrase);
    }

    @Test
    void cachedViewsStillCount() {
        long id = ask(asker, "Are views counted when the page comes from the cache?");
        for (var agent : new String[]{"Mozilla/5.0 (X11) Firefox/140", "Mozilla/5.0 (Mac) Safari/18", "Mozilla/5.0 (Win) Edge/140"})
            visitor.withHeaders(Map.of("User-Agent", agent)).get("/questions/" + id);
        assertThat(http.get("/api/v1/questions/" + id).json().get("viewCount").asInt()).isEqualTo(3);
    }
}
