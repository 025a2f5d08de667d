package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing a title that duplicates a solved question shows it before posting; search from the top bar. */
class SearchBrowserTests extends BrowserTest {

    @Test
    void theAskFormShowsASolvedDuplicateWhileTheTitleIsTypedAndTheTopBarSearchFindsIt() {
        var slug = "find-" + UUID.randomUUID().toString().substring(0, 6);
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Find help", "visibility", "public"));
        var asked = admin.post("/api/v1/questions", Map.of("space", slug, "title", "Smart thermostat loses its wifi connection every night",
                "body", "Each morning the thermostat shows offline until I power cycle it.", "tags", List.of("thermostat")));
        long id = asked.json().get("id").asLong();
        long answer = admin.post("/api/v1/questions/" + id + "/answers",
                Map.of("body", "Turn off band steering on the router: the thermostat only speaks 2.4 GHz.")).json().get("id").asLong();
        admin.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answer));
        var email = uniqueEmail("asker");
        establish(verifiedMember(email, "Asha Asker"));

        logIn(email, PASSWORD);
        await(() -> text().contains("Log out"));
        await(() -> http.get("/api/v1/search?q=thermostat+wifi").body().contains("\"id\":" + id));
        open("/spaces/" + slug + "/ask");
        type("title", "My thermostat keeps dropping off the wireless network");
        awaitText("Already asked?");
        var panel = browser.findElement(By.id("similar")).getText();
        assertThat(panel).contains("Smart thermostat loses its wifi connection every night").contains("Solved");

        var search = browser.findElement(By.id("nav-q"));
        search.sendKeys("thermostat offline wifi");
        search.submit();
        awaitText("Smart thermostat loses its wifi connection every night");
        assertThat(browser.getPageSource()).contains("<mark>");
    }
}
