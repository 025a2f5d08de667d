package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Browser;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people on one question page: what one posts appears on the other's screen without a reload. */
class LiveBrowserTests extends BrowserTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

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
        noteWhenLive(browser);
        open("/questions/" + id);
        awaitText("Which hops keep a lager crisp?");
        var reader = (JavascriptExecutor) browser;
        reader.executeScript("window.notReloaded = true;");
        await(() -> Boolean.TRUE.equals(reader.executeScript("return window.liveOpen === true")));

        var writer = Browser.start();
        try {
            writer.get("http://localhost:" + port + "/login");
            writer.findElement(By.id("email")).sendKeys(email);
            writer.findElement(By.id("password")).sendKeys(PASSWORD);
            writer.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            // The body read may be the login page's, gone by the time its text is asked for.
            new WebDriverWait(writer, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Log out"));
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

    @Test
    void theHeaderCountIsFetchedAgainWhenANotificationIsStored() {
        var email = uniqueEmail("live-counted");
        long member = verifiedMember(email, "Counted");
        logInAs(email, PASSWORD);
        noteWhenLive(browser);
        open("/spaces");
        // The count as the page was rendered; whatever renders it, a fetched one replaces this element.
        var page = (JavascriptExecutor) browser;
        page.executeScript("""
                var count = document.getElementById('notification-count');
                if (!count) { count = document.createElement('span'); count.id = 'notification-count';
                              document.querySelector('header nav').appendChild(count); }
                count.setAttribute('data-as-rendered', 'true');
                window.notReloaded = true;""");

        await(() -> Boolean.TRUE.equals(page.executeScript("return window.liveOpen === true")));

        transaction.executeWithoutResult(status -> notifications.notify(new Notice(member, NotificationKind.RECOGNITION,
                null, null, null, null, null, "notification.test", List.of(), "/")));

        await(() -> Boolean.TRUE.equals(page.executeScript("return document.querySelector('[data-as-rendered]') === null")));
        assertThat(page.executeScript("return window.notReloaded === true")).isEqualTo(true);
    }

    /** From the next page on, the page notes when its live stream is open (the server then tells it every change). */
    private static void noteWhenLive(org.openqa.selenium.WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('htmx:sseOpen', function () { window.liveOpen = true; });"""));
    }
}
