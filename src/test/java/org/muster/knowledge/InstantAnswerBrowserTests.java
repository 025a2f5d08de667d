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

/** The ask form as a member uses it: typing a solved question's duplicate brings its solution beside the form. */
class InstantAnswerBrowserTests extends BrowserTest {

    @Test
    void typingADuplicateShowsTheSolutionAndYesThanksLeadsToTheSolvedQuestion() throws IOException {
        var token = "ib" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var space = "instant-browser-" + token;
        var admin = http.withToken(adminToken());
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Coffee corner", "visibility", "public")).status())
                .isEqualTo(201);
        var asker = new Http("http://localhost:" + port).withToken(memberWithRole("champion", "Ada Asker"));
        var helper = new Http("http://localhost:" + port).withToken(memberWithRole("member", "Hugo Helper"));
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "tags", List.of("espresso"),
                "title", "Espresso machine " + token + " leaks water from under the group head",
                "body", "When I pull a shot on my espresso machine " + token + " water drips from under the group head."));
        long solved = asked.json().get("id").asLong();
        var answer = helper.post("/api/v1/questions/" + solved + "/answers", Map.of("body",
                "The **group head gasket** is worn:\n\n1. Unscrew the shower screen.\n2. Pry out the old gasket.\n3. Press in a new one."));
        asker.post("/api/v1/questions/" + solved + "/accept", Map.of("answerId", answer.json().get("id").asLong()));
        awaitFeed("search.index");

        var email = uniqueEmail("typist");
        verifiedMember(email, "Tess Typist");
        logInAs(email, PASSWORD);
        open("/spaces/" + space + "/ask");
        // The body first: the panel asks again as the title is typed, with both.
        type("body", "Water drips out from under the group head of my espresso machine " + token + " when I pull a shot.");
        type("title", "Espresso machine " + token + " leaking water under the group head");
        // The panel is swapped as htmx asks again (title typed, body left): each look finds it anew.
        await(() -> browser.findElement(By.cssSelector("#similar .instant-answer")).getText().contains("group head gasket"));
        assertThat(text()).contains("Does this solve it?").contains("Accepted answer").contains("No, ask anyway");
        screenshot("instant-answer-desktop");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('#similar .instant-answer').scrollIntoView()");
        screenshot("instant-answer-phone");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        // Posting with the offer unanswered shows it above the form first, the question kept as typed.
        browser.findElement(By.cssSelector("#ask-form button[type=submit]:not([name])")).click();
        awaitText("Before you post");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).contains("leaking water under the group head");
        screenshot("instant-answer-before-posting");
        await(() -> {
            browser.findElement(By.cssSelector(".main-col .instant-answer form button")).click();
            return true;
        });
        await(() -> browser.getCurrentUrl().contains("/questions/" + solved));
        awaitText("group head gasket");
    }

    private void screenshot(String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
