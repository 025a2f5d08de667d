package org.muster.moderation;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trust-and-safety and support pages, used without JavaScript by each role. */
class TrustAndSafetyPagesTests extends IntegrationTest {

    private final String token = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aMemberMasksASecretInTheAskFormBeforePostingWithoutJavaScript() {
        var space = space();
        var member = signedIn(member());
        var preview = member.submit("/ask", "/preview", Map.of("body", "My key is AKIAZ7QW3RTY6UIO2PLK, why is it refused?"));
        assertThat(preview.body()).contains("<mark title=\"API key\">AKIAZ7QW3RTY6UIO2PLK</mark>", "Mask them now");

        var masked = member.submit("/spaces/" + space + "/ask", "/ask", Map.of("space", space, "title", "Why is my access key refused " + token,
                "body", "My key is AKIAZ7QW3RTY6UIO2PLK, why is it refused?", "tagText", "router", "mask", "1"));
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).contains("My key is [redacted API key], why is it refused?").doesNotContain("AKIAZ7QW3RTY6UIO2PLK");
    }

    @Test
    void flagReviewAndSanctionPagesWorkForMembersAndModerators() {
        var space = space();
        var author = member();
        long question = author.api().post("/api/v1/questions", Map.of("space", space, "title", "Best settings for a mesh network " + token,
                "body", "Which channel width works best with three satellites?", "tags", List.of("router"))).json().get("id").asLong();
        var flagger = signedIn(member());
        assertThat(flagger.get("/questions/" + question).body()).contains("/posts/" + question + "/flag");
        assertThat(flagger.get("/posts/" + question + "/flag").body()).contains("Flag this post", "Contains private data");
        var flagged = flagger.submit("/posts/" + question + "/flag", "/posts/" + question + "/flag", Map.of("reason", "off-topic"));
        assertThat(flagged.status()).isEqualTo(302);
        var again = flagger.submit("/posts/" + question + "/flag", "/posts/" + question + "/flag", Map.of("reason", "off-topic"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already flagged");

        var moderator = signedIn(role("moderator"));
        var queue = moderator.get("/moderation");
        assertThat(queue.body()).contains("Best settings for a mesh network " + token, "Off-topic");
        // Other tests leave items in the shared queue: take the form that follows this question's item.
        var item = queue.body().substring(queue.body().indexOf("Best settings for a mesh network " + token));
        var reviewId = between(item, "action=\"/moderation/reviews/", "\"");
        assertThat(moderator.submit("/moderation", "/moderation/reviews/" + reviewId, Map.of("action", "close", "sanction", "warn",
                "reason", "please stay on topic")).status()).isEqualTo(302);
        assertThat(new Http("http://localhost:" + port).get("/questions/" + question).body()).contains("Closed");

        var redact = moderator.submit("/moderation/posts/" + question + "/redact", "/moderation/posts/" + question + "/redact",
                Map.of("text", "not in the post at all"));
        assertThat(redact.body()).contains("That text is not in this post");
        var authorId = author.api().get("/api/v1/me").json().get("id").asLong();
        assertThat(moderator.get("/moderation/members/" + authorId).body()).contains("please stay on topic", "Warn");
    }

    @Test
    void aModeratorResolvesSeveralItemsAtOnceAllOrNothingAndIsToldWhatWasDone() {
        var space = space();
        var author = member();
        var flagger = member();
        var ids = new java.util.ArrayList<Long>();
        for (var title : List.of("Spare power adapter for sale ", "Cheap watches here ", "Follow my channel ")) {
            long post = author.api().post("/api/v1/questions", Map.of("space", space, "title", title + token,
                    "body", "Some words that do not belong in this community.", "tags", List.of("router"))).json().get("id").asLong();
            assertThat(flagger.api().post("/api/v1/posts/" + post + "/flags", Map.of("reason", "off-topic")).status()).isEqualTo(201);
            ids.add(db.sql("select id from reviews where post_id = :p and resolved_at is null").param("p", post).query(Long.class).single());
        }
        var reviewer = role("moderator");
        var moderator = signedIn(reviewer);
        var api = http.withToken(tokenFor(reviewer.email(), PASSWORD));
        assertThat(moderator.submit("/moderation", "/moderation/reviews", Map.of("ids", String.valueOf(ids.getFirst()), "action", "hide",
                "reason", "advertising")).status()).isEqualTo(302);
        assertThat(moderator.get("/moderation").body()).contains("1 item hidden.");

        var refused = api.post("/api/v1/moderation/reviews", Map.of("ids", ids, "action", "hide"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("ids", "resolved by someone else meanwhile");
        assertThat(db.sql("select count(*) from reviews where id in (:ids) and resolved_at is null").param("ids", ids)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(api.post("/api/v1/moderation/reviews", Map.of("ids", ids.subList(1, 3), "action", "hide")).json()
                .get("resolved").asInt()).isEqualTo(2);
        assertThat(db.sql("select count(*) from reviews where id in (:ids) and resolved_at is null").param("ids", ids)
                .query(Integer.class).single()).isEqualTo(0);
    }

    @Test
    void adminAndStaffPagesRender() {
        var space = space();
        var admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (var path : List.of("/admin/audit", "/admin/moderation", "/admin/guidelines", "/admin/support", "/guidelines"))
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        var endpoint = admin.submit("/admin/support", "/admin/support/endpoints",
                Map.of("name", "Desk " + token, "url", "https://desk.example/hooks/" + token));
        assertThat(endpoint.body()).contains("whsec_", "Copy its signing secret now");
        admin.submit("/admin/support", "/admin/support/endpoints/" + between(endpoint.body(), "action=\"/admin/support/endpoints/", "/active"),
                Map.of("on", "false"));

        long championId = http.withToken(adminToken()).post("/api/v1/admin/members", Map.of("email", uniqueEmail("champ"),
                "password", PASSWORD, "displayName", "Cleo Champion", "role", "champion")).json().get("id").asLong();
        var memberPage = "/moderation/members/" + championId;
        assertThat(admin.submit(memberPage, memberPage + "/review-tags", Map.of("tags", "router, billing")).status()).isEqualTo(302);
        assertThat(admin.get(memberPage).body()).contains("billing, router");

        var asker = member();
        long question = asker.api().post("/api/v1/questions", Map.of("space", space, "title", "Hub will not pair with the app " + token,
                "body", "The pairing light blinks but the app never finds the hub.", "tags", List.of("router"))).json().get("id").asLong();
        var askerPages = signedIn(asker);
        assertThat(askerPages.submit("/questions/" + question, "/questions/" + question + "/escalate", Map.of()).status()).isEqualTo(302);
        var thread = askerPages.get("/questions/" + question).body();
        assertThat(thread).contains("Escalated to official support", "See the ticket");
        var ticketPage = askerPages.get("/support/questions/" + question + "/ticket");
        assertThat(ticketPage.status()).isEqualTo(302);
        var ticketPath = ticketPage.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(askerPages.get(ticketPath).body()).contains("Hub will not pair").doesNotContain("Private notes");
        assertThat(askerPages.get("/support/tickets/mine").body()).contains("Hub will not pair with the app " + token);

        var staff = signedIn(role("staff"));
        assertThat(staff.get("/support/tickets?q=" + token).body()).contains("Hub will not pair with the app " + token);
        assertThat(staff.submit(ticketPath, ticketPath + "/notes", Map.of("body", "Known pairing bug " + token)).status()).isEqualTo(302);
        assertThat(staff.submit(ticketPath, ticketPath, Map.of("status", "pending", "priority", "high", "assignee", "me")).status())
                .isEqualTo(302);
        assertThat(staff.get(ticketPath).body()).contains("Known pairing bug " + token, "Pending", "Private notes");
        assertThat(askerPages.get(ticketPath).body()).doesNotContain("Known pairing bug");
    }

    private String space() {
        var slug = "pg-" + token;
        var admin = http.withToken(adminToken());
        if (admin.get("/api/v1/spaces/" + slug).status() == 200) return slug;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Pages " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
        return slug;
    }

    /** A member: their address, and an API client with their token. */
    private record Person(String email, Http api) {
    }

    private Person member() {
        var email = uniqueEmail("page");
        establish(verifiedMember(email, "Page member"));
        return new Person(email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Person role(String role) {
        var email = uniqueEmail(role);
        var created = http.withToken(adminToken()).post("/api/v1/admin/members",
                Map.of("email", email, "password", PASSWORD, "displayName", "A " + role, "role", role));
        assertThat(created.status()).isEqualTo(201);
        return new Person(email, null);
    }

    private Http signedIn(Person someone) {
        return signedIn(someone.email(), PASSWORD);
    }

    private Http signedIn(String email, String password) {
        var browser = new Http("http://localhost:" + port);
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", password)).status()).isEqualTo(302);
        return browser;
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before) + before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
