package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Browser;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people on one question page: what one posts appears on the other's screen without a reload. */
class LiveBrowserTests extends BrowserTest {

    @Autowired
    LiveClients clients;

    @Test
    void aNewAnswerAppearsOnAnotherReadersPageWithoutReload() {
        var admin = http.withToken(adminToken());
        var space = "live-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Live " + space, "visibility", "public")).status())
                .isEqualTo(201);
        var asked = admin.post("/api/v1/questions", Map.of("space", space, "title", "Which hops keep a lager crisp?",
                "body", "My lagers taste muddy after two weeks in the bottle.", "tags", List.of("hops")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        var email = uniqueEmail("live-writer");
        establish(verifiedMember(email, "Writer"));

        // The reader is a visitor: the page they get is the cached one every visitor gets.
        int streamsBefore = clients.count();
        open("/questions/" + id);
        awaitText("Which hops keep a lager crisp?");
        var reader = (JavascriptExecutor) browser;
        reader.executeScript("window.notReloaded = true;");
        await(() -> clients.count() > streamsBefore);

        var writer = Browser.start();
        try {
            writer.get("http://localhost:" + port + "/login");
            writer.findElement(By.id("email")).sendKeys(email);
            writer.findElement(By.id("password")).sendKeys(PASSWORD);
            writer.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            new WebDriverWait(writer, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("body")).getText().contains("Log out"));
            writer.get("http://localhost:" + port + "/questions/" + id);
            writer.findElement(By.id("answer-body")).sendKeys("Saaz and a long cold lagering keep it crisp.");
            writer.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
            new WebDriverWait(writer, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("answers")).getText().contains("Saaz and a long cold lagering"));
        } finally {
            writer.quit();
        }

        awaitText("Saaz and a long cold lagering keep it crisp.");
        assertThat(reader.executeScript("return window.notReloaded === true")).isEqualTo(true);
        assertThat(browser.findElement(By.id("answers")).getText()).contains("1 answer");
    }
}
