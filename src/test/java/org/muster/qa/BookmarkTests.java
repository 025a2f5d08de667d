package org.muster.qa;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bookmarks through the API: only what the member may still see is bookmarked or listed. */
class BookmarkTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().substring(0, 6);

    private String space(String visibility) {
        var slug = "bm-" + visibility + "-" + token;
        var created = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug, "name", "Bookmarks " + slug,
                "visibility", visibility, "tagGroups", List.of(Map.of("name", "kind", "tags", List.of("bookmarks-" + token)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return slug;
    }

    private long ask(String token, String space, String title) {
        var asked = http.withToken(token).post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "What the title says, with enough words to pass the checks.", "tags", List.of("bookmarks-" + this.token)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    @Test
    void bookmarkIsListedNewestFirstAndRemovedAgain() {
        var space = space("public");
        var reader = http.withToken(memberWithRole("member", "Bea Bookmark"));
        long first = ask(memberWithRole("member"), space, "Router forgets its settings after a power cut " + token);
        long second = ask(memberWithRole("member"), space, "Guest network cannot reach the printer " + token);
        var answer = http.withToken(memberWithRole("member")).post("/api/v1/questions/" + second + "/answers",
                Map.of("body", "Guest networks are isolated on purpose; allow the printer in the router's settings."));
        long answerId = answer.json().get("id").asLong();

        assertThat(reader.put("/api/v1/bookmarks/" + first, Map.of()).status()).isEqualTo(200);
        var again = reader.put("/api/v1/bookmarks/" + answerId, Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("questionId").asLong()).isEqualTo(second);
        assertThat(reader.put("/api/v1/bookmarks/" + answerId, Map.of()).status()).as("idempotent").isEqualTo(200);

        var listed = reader.get("/api/v1/bookmarks").json().get("bookmarks");
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).get("postId").asLong()).isEqualTo(answerId);
        assertThat(listed.get(0).get("kind").asString()).isEqualTo("answer");
        assertThat(listed.get(1).get("postId").asLong()).isEqualTo(first);

        assertThat(reader.delete("/api/v1/bookmarks/" + first).status()).isEqualTo(204);
        assertThat(reader.get("/api/v1/bookmarks").json().get("bookmarks").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/bookmarks").status()).as("visitors have none").isEqualTo(401);
    }

    @Test
    void bookmarkOfAPostInASpaceTheMemberLostAccessToIsNotListed() {
        var space = space("private");
        var admin = http.withToken(adminToken());
        var email = uniqueEmail("insider");
        long insider = verifiedMember(email, "Ina Insider");
        establish(insider);
        assertThat(admin.post("/api/v1/spaces/" + space + "/members", Map.of("email", email)).status()).isEqualTo(204);
        var reader = http.withToken(tokenFor(email, PASSWORD));
        long question = ask(adminToken(), space, "Staff-only firmware channel keeps rebooting " + token);

        assertThat(reader.put("/api/v1/bookmarks/" + question, Map.of()).status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/bookmarks").json().get("bookmarks").size()).isEqualTo(1);

        assertThat(admin.delete("/api/v1/spaces/" + space + "/members/" + insider).status()).isEqualTo(204);
        var listed = reader.get("/api/v1/bookmarks");
        assertThat(listed.json().get("bookmarks").size()).isZero();
        assertThat(listed.body()).doesNotContain("Staff-only firmware");
        assertThat(reader.get("/bookmarks").body()).doesNotContain("Staff-only firmware");
        assertThat(reader.put("/api/v1/bookmarks/" + question, Map.of()).status()).as("cannot bookmark it again").isEqualTo(404);

        var outsider = http.withToken(memberWithRole("member"));
        assertThat(outsider.put("/api/v1/bookmarks/" + question, Map.of()).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/bookmarks").body()).doesNotContain("Staff-only firmware");
    }
}
