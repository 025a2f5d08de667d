package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch button on a tag's page, the list of what one watches, and @ suggestions in the answer field. */
class WatchBrowserTests extends BrowserTest {

    @Test
    void watchesATagFromItsPageAndMentionsAMemberFromTheSuggestions() throws Exception {
        var unique = UUID.randomUUID().toString().substring(0, 6);
        var tag = "brew" + unique;
        var slug = "watch-" + unique;
        var admin = http.withToken(adminToken());
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Home brewing " + unique, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag))))).status()).isEqualTo(201);
        var email = uniqueEmail("watcher");
        establish(verifiedMember(email, "Wanda Watcher"));
        verifiedMember(uniqueEmail("mentioned"), "Ösel Brewer" + unique);
        var asked = http.withToken(tokenFor(email, PASSWORD)).post("/api/v1/questions", Map.of("space", slug,
                "title", "How long should a stout condition in the bottle?",
                "body", "My stout tastes thin after two weeks in the bottle.", "tags", List.of(tag)));
        long question = asked.json().get("id").asLong();

        logInAs(email, PASSWORD);
        open("/tags/" + tag);
        await(() -> !browser.findElements(By.cssSelector("form.watch-topic button")).isEmpty());
        browser.findElement(By.cssSelector("form.watch-topic button")).click();
        await(() -> browser.findElement(By.cssSelector("form.watch-topic button")).getText().equals("Stop watching"));
        screenshot("tag-page-watching");
        open("/spaces/" + slug);
        await(() -> !browser.findElements(By.cssSelector("form.watch-topic button")).isEmpty());
        browser.findElement(By.cssSelector("form.watch-topic button")).click();
        await(() -> browser.findElement(By.cssSelector("form.watch-topic button")).getText().equals("Stop watching"));

        open("/settings/watching");
        awaitText("What I watch");
        assertThat(text()).contains(tag, "How long should a stout condition in the bottle?", "Home brewing " + unique);
        screenshot("watching-page");

        open("/questions/" + question);
        var field = browser.findElement(By.id("answer-body"));
        field.sendKeys("Ask @osel_brewer" + unique.substring(0, 3));
        await(() -> !browser.findElements(By.cssSelector(".mention-list [role=option]")).isEmpty());
        assertThat(field.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector(".mention-list")).getText()).contains("Ösel Brewer" + unique);
        screenshot("mention-suggestions");
        field.sendKeys(Keys.ENTER);
        assertThat(field.getAttribute("value")).isEqualTo("Ask @osel_brewer" + unique + " ");
        assertThat(field.getAttribute("aria-expanded")).isEqualTo("false");
    }

    private void screenshot(String name) throws Exception {
        var dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
