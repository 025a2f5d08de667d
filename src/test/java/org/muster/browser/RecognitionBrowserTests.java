package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: a member's profile shows reputation and badges growing as others vote and accept. */
class RecognitionBrowserTests extends BrowserTest {

    @Test
    void aMemberSeesReputationAndBadgesGrowAsOthersVoteAndAccept() {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var admin = http.withToken(adminToken());
        var space = "rb-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Recognition " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router")))));
        var helperEmail = uniqueEmail("helper");
        long helperId = verifiedMember(helperEmail, "Hanna Helper");
        establish(helperId);
        var asker = member("Arne Asker");
        var voter = member("Vera Voter");
        long question = asker.post("/api/v1/questions", Map.of("space", space, "title", "Router forgets the Wi-Fi password " + token,
                "tags", List.of("router"), "body", "After every reboot the router forgets the Wi-Fi password I set.")).json().get("id").asLong();

        browser.manage().deleteAllCookies();
        logIn(helperEmail, PASSWORD);
        await(() -> text().contains("Log out"));
        browser.get(baseUrl() + "/questions/" + question);
        type("answer-body", "Save the settings twice: the first save only stages them on this firmware.");
        browser.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
        await(() -> text().contains("Save the settings twice"));
        long answer = http.get("/api/v1/questions/" + question).json().get("answers").get(0).get("id").asLong();

        voter.post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        await(() -> {
            browser.get(baseUrl() + "/members/" + helperId);
            return browser.findElement(By.id("recognition")).getText().contains("25 reputation");
        });
        var panel = browser.findElement(By.id("recognition")).getText();
        assertThat(panel).contains("First answer", "Solution", "1 answer, 1 accepted");
    }

    private Http member(String name) {
        var email = uniqueEmail("rb");
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
