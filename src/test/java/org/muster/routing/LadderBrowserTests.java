package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin sets a space's ladder in the form; the asker and staff see the steps on the question page. */
class LadderBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Autowired
    LadderClimbs climbs;

    @Test
    void anAdminSetsTheLadderAndTheQuestionPageShowsItsSteps() throws IOException {
        var token = UUID.randomUUID().toString().substring(0, 6);
        var slug = "ladder-browser-" + token;
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Homebrew " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("yeast")))));
        var askerEmail = uniqueEmail("asker");
        establish(verifiedMember(askerEmail, "Asha Asker"));
        var staffEmail = uniqueEmail("staff");
        admin.post("/api/v1/admin/members", Map.of("email", staffEmail, "password", PASSWORD, "displayName", "Stella Staff", "role", "staff"));

        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        open("/admin/spaces/" + slug + "/ladder");
        type("morePeers", "4");
        type("champions", "2");
        browser.findElement(By.cssSelector("form[action$='/ladder'] button[type=submit]")).click();
        awaitText("This step must come later than the step before it (4 hours)");
        screenshot("ladder-settings-refused");
        type("champions", "12");
        type("staffQueue", "24");
        type("escalation", "48");
        browser.findElement(By.cssSelector("form[action$='/ladder'] button[type=submit]")).click();
        awaitText("Homebrew " + token);
        assertThat(browser.getCurrentUrl()).endsWith("/admin/ladder");
        screenshot("ladder-settings");

        var asked = http.withToken(tokenFor(askerEmail, PASSWORD)).post("/api/v1/questions", Map.of("space", slug,
                "tags", List.of("yeast"), "title", "My starter never gets going " + token,
                "body", "Two days at room temperature and not a bubble; the packet was fresh."));
        long question = asked.json().get("id").asLong();
        var now = Instant.now();
        for (var hours : List.of(5, 13, 25)) while (!climbs.climb(now.plus(Duration.ofHours(hours)))) Thread.onSpinWait();
        awaitFeed("routing.ladder");

        logInAs(askerEmail, PASSWORD);
        open("/questions/" + question);
        awaitText("Shown to more experts 5 hours after asking");
        assertThat(text()).contains("Shown to the community's champions for its topics 13 hours after asking",
                "Brought to our staff 25 hours after asking");
        showTimeline();
        screenshot("ladder-timeline-asker");

        logInAs(staffEmail, PASSWORD);
        open("/questions/" + question);
        awaitText("Sent to the champions of its tags");
        showTimeline();
        screenshot("ladder-timeline-staff");
        open("/staff/waiting");
        awaitText("My starter never gets going " + token);
        screenshot("ladder-waiting");
    }

    private void showTimeline() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('ladder-timeline').scrollIntoView({block: 'center'});");
    }

    /** Kept under target/screenshots for a person to look at; nothing is compared. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
