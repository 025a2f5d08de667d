package org.muster.knowledge;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A champion reviews a canonical answer in the browser and every reader sees the verdict on the thread; staff
 * curate a collection, pin it, and visitors find it on the space's page.
 */
class CanonicalAndCollectionBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void aChampionReviewsTheCanonicalAnswerAndStaffPinACollection() throws IOException {
        var token = UUID.randomUUID().toString().substring(0, 6);
        var slug = "canon-browser-" + token;
        var tag = "firmware-" + token;
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Home network " + token, "visibility", "public",
                "description", "Routers, mesh systems and the wifi at home.",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag)))));
        var askerEmail = uniqueEmail("asker");
        long askerId = verifiedMember(askerEmail, "Asha Asker");
        establish(askerId);
        var asker = http.withToken(tokenFor(askerEmail, PASSWORD));
        long question = asker.post("/api/v1/questions", Map.of("space", slug, "tags", List.of(tag),
                "title", "The router drops the wifi every evening " + token,
                "body", "Since the last update the wifi goes away around eight and comes back after a minute.")).json().get("id").asLong();
        long answer = admin.post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Update to firmware 2.2: it fixes the evening channel scan. Then restart the router twice.")).json().get("id").asLong();
        asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        long newerQuestion = asker.post("/api/v1/questions", Map.of("space", slug, "tags", List.of(tag),
                "title", "Wifi drops in the evening on firmware 3.0 " + token,
                "body", "On 3.0 the evening drops came back; the channel scan setting is gone.")).json().get("id").asLong();
        long newer = admin.post("/api/v1/questions/" + newerQuestion + "/answers",
                Map.of("body", "On 3.0, turn off Smart Connect under Wireless; the scan moved there.")).json().get("id").asLong();
        long duplicate = asker.post("/api/v1/questions", Map.of("space", slug, "tags", List.of(tag),
                "title", "Every evening my wifi disappears " + token,
                "body", "Around eight the network vanishes for a minute, every day.")).json().get("id").asLong();
        admin.post("/api/v1/questions/" + duplicate + "/close", Map.of("reason", "duplicate", "duplicateOf", question));

        var championEmail = uniqueEmail("champion");
        long champion = memberFixture().create(championEmail, "Chris Champion", "champion");
        establish(champion);
        admin.put("/api/v1/moderation/champions/" + champion + "/tags", List.of(tag));

        logInAs(championEmail, PASSWORD);
        open("/questions/" + question);
        awaitText("Add what it applies to and a review date");
        screenshot("canonical-thread-champion-empty");
        browser.findElement(By.linkText("Add what it applies to and a review date")).click();
        awaitText("Review a canonical answer");
        type("applies-to", "Firmware 2.1 and 2.2");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('review-on').value = arguments[0];",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).toString());
        browser.findElement(By.cssSelector("form[action='/canonical/answers/" + answer + "'] button[type=submit]")).click();
        awaitText("Firmware 2.1 and 2.2");
        screenshot("canonical-review-page");

        type("newer-answer", "not a number");
        browser.findElement(By.cssSelector("form[action$='/outdated'] button[type=submit]")).click();
        awaitText("must be a whole number");
        screenshot("canonical-review-refused");
        type("newer-answer", Long.toString(newer));
        browser.findElement(By.cssSelector("form[action$='/outdated'] button[type=submit]")).click();
        awaitText("see the newer answer");

        browser.manage().deleteAllCookies();
        awaitFeed("platform.page-cache");
        open("/questions/" + question);
        awaitText("Outdated");
        assertThat(text()).contains("Applies to", "Firmware 2.1 and 2.2");
        assertThat(browser.findElement(By.cssSelector(".canonical-note a")).getAttribute("href"))
                .endsWith("/questions/" + newerQuestion + "#post-" + newer);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.canonical-note').scrollIntoView({block: 'center'});");
        screenshot("canonical-thread-visitor");
        open("/questions/" + duplicate);
        screenshot("canonical-duplicate-visitor");

        var staffEmail = uniqueEmail("staff");
        memberFixture().create(staffEmail, "Stella Staff", "staff");
        logInAs(staffEmail, PASSWORD);
        open("/canonical/health");
        awaitText("The router drops the wifi every evening " + token);
        screenshot("canonical-health-staff");
        open("/collections");
        browser.findElement(By.cssSelector("details.panel summary")).click();
        type("collection-title", "Best of home wifi " + token);
        type("collection-description", "The answers that fix **most** evening drops.");
        browser.findElement(By.cssSelector("form[action='/collections'] button[type=submit]")).click();
        awaitText("Nothing here yet.");
        for (var id : List.of(question, newerQuestion)) {
            type("question-id", Long.toString(id));
            browser.findElement(By.cssSelector("form[action$='/items'] button[type=submit]")).click();
            awaitText(id == question ? "The router drops the wifi every evening " + token : "Wifi drops in the evening on firmware 3.0 " + token);
        }
        new Select(browser.findElement(By.id("pin-space"))).selectByValue(slug);
        browser.findElement(By.cssSelector("form[action$='/spaces'] button[type=submit]")).click();
        awaitText("Unpin");
        screenshot("collection-staff");

        browser.manage().deleteAllCookies();
        awaitFeed("platform.page-cache");
        open("/spaces/" + slug);
        awaitText("Best of home wifi " + token);
        screenshot("collection-on-space-visitor");
        browser.findElement(By.linkText("Best of home wifi " + token)).click();
        awaitText("2 questions");
        screenshot("collection-visitor");
    }

    /** Kept under target/screenshots for a person to look at; nothing is compared. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
