package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member reads the inbox and marks a line read without a reload, the header's count following, then
 * sets how each kind is told. Screenshots of both pages land in target/screenshots for a look.
 */
class InboxBrowserTests extends BrowserTest {

    @Test
    void markReadWithoutReloadAndChooseHowEachKindIsTold() throws IOException {
        var token = UUID.randomUUID().toString().substring(0, 6);
        var space = "inbox-browser-" + token;
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Home brewing", "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("brewing")))));
        var askerEmail = uniqueEmail("asker");
        long asker = verifiedMember(askerEmail, "Asha Asker");
        establish(asker);
        long helper = verifiedMember(uniqueEmail("helper"), "Hugo Helper");
        establish(helper);
        var askerApi = http.withToken(memberFixture().token(asker));
        var helperApi = http.withToken(memberFixture().token(helper));
        long question = askerApi.post("/api/v1/questions", Map.of("space", space, "tags", List.of("brewing"),
                "title", "My stout is flat after three weeks in the bottle",
                "body", "I primed with sugar, but there is hardly any fizz.")).json().get("id").asLong();
        long answer = helperApi.post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Keep the bottles warmer for a week: the yeast is too cold to work.")).json().get("id").asLong();
        helperApi.post("/api/v1/posts/" + answer + "/comments", Map.of("body", "About twenty degrees is right."));
        long other = askerApi.post("/api/v1/questions", Map.of("space", space, "tags", List.of("brewing"),
                "title", "Which hops for a pale ale?", "body", "I would like a citrus aroma without harsh bitterness."))
                .json().get("id").asLong();
        helperApi.post("/api/v1/questions/" + other + "/answers", Map.of("body", "Citra or Mosaic, late in the boil."));
        awaitFeed("routing.notifications");

        logInAs(askerEmail, PASSWORD);
        open("/notifications");
        assertThat(browser.findElement(By.id("notification-count")).getText()).isEqualTo("Notifications (2)");
        assertThat(text()).contains("1 new answer and 1 comment on “My stout is flat after three weeks in the bottle”",
                "Hugo Helper answered your question “Which hops for a pale ale?”");
        screenshot("inbox");

        ((JavascriptExecutor) browser).executeScript("window.stillSamePage = true;");
        browser.findElement(By.cssSelector("#inbox li.unread button")).click();
        await(() -> browser.findElement(By.id("notification-count")).getText().equals("Notifications (1)"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillSamePage")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#inbox li.read"))).hasSize(1);

        browser.findElement(By.linkText("Choose what you are told, and how")).click();
        await(() -> text().contains("Notification settings"));
        screenshot("notification-settings");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("watched_question"))).selectByValue("weekly");
        browser.findElement(By.cssSelector("form[action='/settings/notifications'] button[type=submit]")).click();
        awaitText("Your notification settings are saved.");
        assertThat(browser.findElement(By.cssSelector("#watched_question option:checked")).getText()).isEqualTo("Weekly digest");
    }

    private void screenshot(String name) throws IOException {
        var folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
