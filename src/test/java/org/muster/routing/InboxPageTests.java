package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox, its settings and the header's count as each role sees them, without JavaScript. */
class InboxPageTests extends IntegrationTest {

    record Signed(long id, Http browser) {
    }

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aVisitorIsSentToSignInAndHasNoCountInTheHeader() {
        var visitor = new Http("http://localhost:" + port);
        for (var path : List.of("/notifications", "/settings/notifications")) {
            var page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.header("Location")).as(path).endsWith("/login");
        }
        assertThat(visitor.get("/").body()).doesNotContain("notification-count");
    }

    @Test
    void aMemberSeesOwnNotificationsOnlyAndMarksThemReadWithoutJavaScript() {
        var asker = signedIn("Asker");
        var other = signedIn("Other");
        long question = askAndAnswer(asker, "Does dry hopping add bitterness " + token);

        var page = asker.browser().get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Answerer answered your question “Does dry hopping add bitterness " + token + "”")
                .contains("href=\"/questions/" + question + "#post-").contains("class=\"unread\"");
        assertThat(asker.browser().get("/").body()).contains("id=\"notification-count\"")
                .contains("aria-label=\"Notifications, 1 unread\"").contains(">Notifications (1)<");
        assertThat(other.browser().get("/notifications").body()).doesNotContain("dry hopping")
                .contains("You have no notifications yet.");

        long id = db.sql("select id from notifications where member_id = :m").param("m", asker.id()).query(Long.class).single();
        assertThat(other.browser().submit("/notifications", "/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        var read = asker.browser().submit("/notifications", "/notifications/" + id + "/read", Map.of());
        assertThat(read.status()).isEqualTo(302);
        assertThat(read.header("Location")).endsWith("/notifications");
        var after = asker.browser().get("/notifications").body();
        assertThat(after).contains("read muted").doesNotContain("class=\"unread\"")
                .contains("aria-label=\"Notifications, none unread\"").contains(">Notifications<");
    }

    @Test
    void markAllReadEmptiesTheCountAndAHundredUnreadShowAsNinetyNinePlus() {
        var member = signedIn("Busy");
        for (int i = 0; i < 120; i++)
            db.sql("""
                    insert into notifications (member_id, kind, message_key, args, path)
                    values (:m, 'RECOGNITION', 'notification.accepted', '["Ann", "A title"]', '/badges')""")
                    .param("m", member.id()).update();
        var busy = member.browser().get("/notifications");
        assertThat(busy.status()).isEqualTo(200);
        assertThat(busy.body()).contains(">Notifications (99+)<").contains("aria-label=\"Notifications, more than 99 unread\"")
                .contains("Older notifications");

        assertThat(member.browser().submit("/notifications", "/notifications/read-all", Map.of()).status()).isEqualTo(302);
        assertThat(member.browser().get("/notifications").body()).contains(">Notifications<").doesNotContain("class=\"unread\"");
    }

    @Test
    void settingsSaveAndASanctionTurnedOffIsRefusedBesideItsField() {
        var member = signedIn("Settler");
        var page = member.browser().get("/settings/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Answers to my questions", "Sanctions").doesNotContain("Moderation items")
                .contains("<option value=\"email\" selected=\"selected\">E-mail at once</option>");

        var saved = member.browser().submit("/settings/notifications", "/settings/notifications",
                Map.of("answer", "daily", "mention", "off"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/settings/notifications?saved");
        assertThat(member.browser().get("/settings/notifications?saved").body())
                .contains("Your notification settings are saved.")
                .contains("<option value=\"daily\" selected=\"selected\">Daily digest</option>");

        var refused = member.browser().submit("/settings/notifications", "/settings/notifications",
                Map.of("answer", "weekly", "sanction", "off"));
        assertThat(refused.status()).isEqualTo(400);
        var sanctionRow = refused.body().substring(refused.body().indexOf("id=\"sanction\""));
        assertThat(sanctionRow.substring(0, sanctionRow.indexOf("</tr>")))
                .contains("Sanctions are always shown here and mailed with their reason; this cannot be changed.");
        assertThat(db.sql("select setting from notification_settings where member_id = :m and kind = 'ANSWER'")
                .param("m", member.id()).query(String.class).single()).as("nothing half-written").isEqualTo("daily");
    }

    @Test
    void moderatorsAlsoSetModerationItems() {
        long id = memberFixture().create(uniqueEmail("moderator"), "Moderator " + token, "moderator");
        var browser = new Http("http://localhost:" + port);
        var email = db.sql("select email from members where id = :id").param("id", id).query(String.class).single();
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        assertThat(browser.get("/settings/notifications").body()).contains("Moderation items");
    }

    private Signed signedIn(String name) {
        var email = uniqueEmail(name.toLowerCase());
        long id = memberFixture().create(email, name, "member");
        establish(id);
        var browser = new Http("http://localhost:" + port);
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        return new Signed(id, browser);
    }

    private long askAndAnswer(Signed asker, String title) {
        var admin = http.withToken(adminToken());
        var space = "inbox-pages-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Inbox pages " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("brewing")))));
        var api = http.withToken(memberFixture().token(asker.id()));
        var asked = api.post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "I am brewing at home and would like to know more about this.", "tags", List.of("brewing")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long question = asked.json().get("id").asLong();
        long answerer = memberFixture().create(uniqueEmail("answerer"), "Answerer", "member");
        establish(answerer);
        var answered = http.withToken(memberFixture().token(answerer)).post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Barely: most bitterness comes from the boil, not from dry hops."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        awaitFeed("routing.notifications");
        return question;
    }
}
