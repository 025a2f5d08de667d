package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.muster.support.HelpDesk;
import org.muster.support.WebhookReceiver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a spam post is held and reviewed; a pasted API key is masked before posting; an
 * escalated question reaches the help desk (signed, retried) and the agent's reply comes back as the
 * validated answer.
 */
class TrustAndSafetyBrowserTests extends BrowserTest {

    private final String token = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void spamIsHeldAndReviewedSecretsAreMaskedAndTheSupportLoopCloses() throws Exception {
        var admin = http.withToken(adminToken());
        var space = "tsb-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Safety " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router")))));
        admin.post("/api/v1/moderation/spam-phrases", Map.of("text", "miracle pills " + token));
        var newcomer = uniqueEmail("newcomer");
        verifiedMember(newcomer, "Nina Newcomer");
        var moderator = uniqueEmail("moderator");
        admin.post("/api/v1/admin/members", Map.of("email", moderator, "password", PASSWORD, "displayName", "Max Moderator", "role", "moderator"));

        logInAs(newcomer, PASSWORD);
        ask(space, "Where can I order miracle pills " + token, "Order miracle pills " + token + " here, cheapest anywhere!");
        await(() -> text().contains("awaits review by a moderator"));
        var spamUrl = browser.getCurrentUrl();

        logInAs(moderator, PASSWORD);
        open("/moderation");
        await(() -> text().contains("Where can I order miracle pills " + token));
        var review = browser.findElement(By.xpath("//article[contains(., 'miracle pills " + token + "')]"));
        new Select(review.findElement(By.name("action"))).selectByValue("delete");
        new Select(review.findElement(By.name("sanction"))).selectByValue("silence");
        review.findElement(By.cssSelector("button[type=submit]")).click();
        await(() -> !text().contains("Where can I order miracle pills " + token));
        browser.manage().deleteAllCookies();
        browser.get(spamUrl);
        assertThat(text()).doesNotContain("miracle pills");

        var asker = uniqueEmail("asker");
        establish(verifiedMember(asker, "Ada Asker"));
        logInAs(asker, PASSWORD);
        open("/spaces/" + space + "/ask");
        type("title", "Uploads fail with an access denied error " + token);
        type("body", "My config has aws_access_key_id = AKIAZ7QW3RTY6UIO2PLK and uploads still fail.");
        await(() -> browser.findElement(By.id("body-preview")).getAttribute("innerHTML").contains("<mark"));
        assertThat(browser.findElement(By.cssSelector("#body-preview .findings")).getText()).contains("AKIAZ7QW3RTY6UIO2PLK", "API key");
        browser.findElement(By.cssSelector("#body-preview button[name=mask]")).click();
        await(() -> text().contains("were masked"));
        assertThat(browser.findElement(By.id("body")).getAttribute("value"))
                .contains("[redacted API key]").doesNotContain("AKIAZ7QW3RTY6UIO2PLK");
        type("tagText", "router");
        browser.findElement(By.cssSelector("form[action='/ask'] > button[type=submit]")).click();
        await(() -> text().contains("Uploads fail with an access denied error " + token));
        assertThat(text()).contains("[redacted API key]").doesNotContain("AKIAZ7QW3RTY6UIO2PLK");
        var questionUrl = browser.getCurrentUrl();
        long questionId = Long.parseLong(questionUrl.replaceAll(".*/questions/(\\d+).*", "$1"));

        try (var helpDesk = new WebhookReceiver()) {
            var staff = uniqueEmail("staff");
            var staffId = admin.post("/api/v1/admin/members", Map.of("email", staff, "password", PASSWORD,
                    "displayName", "Stella Support", "role", "staff")).json().get("id").asLong();
            for (var e : admin.get("/api/v1/support/endpoints").json())
                admin.patch("/api/v1/support/endpoints/" + e.get("id").asLong(), Map.of("active", false));
            var endpoint = admin.post("/api/v1/support/endpoints", Map.of("name", "Desk", "url", helpDesk.url(), "replyAs", staffId)).json();
            helpDesk.answerWith(500);

            browser.findElement(By.cssSelector("form[action$='/escalate'] button")).click();
            await(() -> text().contains("Escalated to official support"));
            var received = helpDesk.await(r -> r.body().contains(token), 2);
            assertThat(received.get(0).answeredWith()).isEqualTo(500);
            var created = received.get(1);
            long sentAt = Long.parseLong(created.headers().get("muster-timestamp"));
            var secret = endpoint.get("secret").asString();
            assertThat(created.headers().get("muster-signature")).isEqualTo(HelpDesk.signature(secret, sentAt, created.body()));
            long ticketId = JsonMapper.builder().build().readTree(created.body()).get("ticket").get("id").asLong();

            var body = JsonMapper.builder().build().writeValueAsString(Map.of("ticket", ticketId, "reply",
                    Map.of("body", "Your key was revoked for safety; create a new one under Settings > Access keys.", "agent", "Dana")));
            long now = Instant.now().getEpochSecond();
            var reply = new Http("http://localhost:" + port).postSigned("/api/v1/support/webhook", body,
                    HelpDesk.headers(endpoint.get("id").asLong(), secret, now, body, "reply-" + token));
            assertThat(reply.status()).isEqualTo(200);
            admin.patch("/api/v1/support/endpoints/" + endpoint.get("id").asLong(), Map.of("active", false));

            browser.get(questionUrl);
            await(() -> text().contains("Your key was revoked for safety"));
            assertThat(text()).contains("Validated by Stella Support", "Solved");
        }
        assertThat(questionId).isPositive();
    }

    private void ask(String space, String title, String body) {
        open("/spaces/" + space + "/ask");
        type("title", title);
        type("body", body);
        type("tagText", "router");
        browser.findElement(By.cssSelector("form[action='/ask'] > button[type=submit]")).click();
    }
}
