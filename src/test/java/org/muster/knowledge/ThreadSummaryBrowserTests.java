package org.muster.knowledge;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A solved thread's summary as a visitor, a member, a champion of its tag and staff see it; the champion edits it. */
class ThreadSummaryBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void everyoneSeesTheSummaryAtTheTopAndAChampionOfTheTagEditsIt() throws IOException {
        var token = UUID.randomUUID().toString().substring(0, 6);
        var tag = "wifi-" + token;
        var admin = http.withToken(adminToken());
        var slug = "kn-browser-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Home network " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag)))));
        var asker = signedIn("asker", "Asha Asker", "member");
        var helper = signedIn("helper", "Hugo Helper", "member");
        var other = signedIn("other", "Olga Other", "member");
        var championEmail = uniqueEmail("champion");
        long championId = memberFixture().create(championEmail, "Cara Champion", "champion");
        admin.put("/api/v1/moderation/champions/" + championId + "/tags", List.of(tag));
        var staffEmail = uniqueEmail("staff");
        memberFixture().create(staffEmail, "Stella Staff", "staff");

        long question = asker.post("/api/v1/questions", Map.of("space", slug, "title", "Router drops wifi every hour " + token,
                "body", "The router drops the wifi connection every hour since the firmware update.", "tags", List.of(tag)))
                .json().get("id").asLong();
        other.post("/api/v1/questions/" + question + "/answers", Map.of("body", "Maybe the cable is broken, have you tried another one?"));
        long solution = helper.post("/api/v1/questions/" + question + "/answers", Map.of("body", SummaryFixture.STEPS)).json().get("id").asLong();
        other.post("/api/v1/questions/" + question + "/answers", Map.of("body", "I have the same problem with my router since last week."));
        asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", solution));
        asker.post("/api/v1/posts/" + solution + "/comments", Map.of("body", "Thanks, that worked for me!"));
        awaitFeed("knowledge.summaries", "platform.page-cache");

        open("/questions/" + question);
        awaitText("What solved it");
        assertThat(text()).contains("Restart the router after installing firmware 2.2", "Asha Asker confirmed:",
                "Picked from the solution.").doesNotContain("Edit the summary");
        screenshot("summary-visitor");

        logInAs(championEmail, PASSWORD);
        open("/questions/" + question);
        awaitText("Edit the summary");
        screenshot("summary-champion");
        browser.findElement(By.linkText("Edit the summary")).click();
        awaitText("The key steps of the solution");
        type("body", "short");
        browser.findElement(By.cssSelector("form[action$='/summary'] button[type=submit]")).click();
        awaitText("The summary needs 10 to 2,000 characters.");
        screenshot("summary-edit-refused");
        type("body", "- Update the router to firmware **2.2**.\n- Turn band steering off.");
        browser.findElement(By.cssSelector("form[action$='/summary'] button[type=submit]")).click();
        awaitText("Edited by Cara Champion");
        assertThat(text()).contains("Update the router to firmware 2.2.", "Turn band steering off.");
        screenshot("summary-edited");

        logInAs(staffEmail, PASSWORD);
        open("/questions/" + question);
        awaitText("Edited by Cara Champion");
        assertThat(text()).contains("Edit the summary");
        screenshot("summary-staff");
    }

    private Http signedIn(String name, String displayName, String role) {
        var email = uniqueEmail(name);
        establish(memberFixture().create(email, displayName, role));
        return http.withToken(tokenFor(email, PASSWORD));
    }

    /** Kept under target/screenshots for a person to look at; nothing is compared. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
