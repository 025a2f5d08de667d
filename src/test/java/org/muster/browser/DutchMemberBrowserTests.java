package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.platform.MessageBundleTests;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Dutch member uses Muster in Dutch from end to end: chooses Dutch in their settings, asks, answers, reads
 * their notifications and searches, each page in Dutch. The expected words come from the Dutch bundle.
 */
class DutchMemberBrowserTests extends BrowserTest {

    @Test
    void aDutchMemberAsksAnswersReadsNotificationsAndSearchesInDutch() throws IOException {
        var dutch = MessageBundleTests.bundle("messages_nl.properties");
        var token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var slug = "nl-" + token;
        var admin = http.withToken(adminToken());
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Brouwers " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "onderwerp", "tags", List.of("gisting", "hop"))))).status()).isEqualTo(201);
        var email = uniqueEmail("daan");
        establish(verifiedMember(email, "Daan de Brouwer"));
        var helperEmail = uniqueEmail("hop");
        establish(verifiedMember(helperEmail, "Hanna Hop"));
        var helper = http.withToken(tokenFor(helperEmail, PASSWORD));
        var asked = helper.post("/api/v1/questions", Map.of("space", slug, "title", "Hoeveel hop voor een blond bier " + token,
                "body", "Ik brouw twintig liter blond en twijfel hoeveel gram hop ik moet gebruiken.", "tags", List.of("hop")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        logInAs(email, PASSWORD);
        open("/settings");
        new Select(browser.findElement(By.id("language"))).selectByValue("nl");
        browser.findElement(By.cssSelector("form[action$='/edit'] button[type=submit]")).click();
        awaitText(dutch.getProperty("nav.spaces"));
        assertThat(language()).isEqualTo("nl");

        open("/spaces/" + slug + "/ask");
        awaitText(dutch.getProperty("nav.spaces"));
        type("title", "Mijn bier gist niet meer na drie dagen " + token);
        type("body", "Het waterslot borrelt niet meer en het soortelijk gewicht blijft op 1.030 staan.");
        type("tagText", "gisting");
        browser.findElement(By.cssSelector("form[action='/ask'] button[type=submit]")).click();
        awaitText("Mijn bier gist niet meer na drie dagen " + token);
        assertThat(text()).contains(dutch.getProperty("moment.asked"), dutch.getProperty("post.edit"));
        var mine = browser.getCurrentUrl();

        open("/questions/" + asked.json().get("id").asLong());
        type("answer-body", "Voor twintig liter blond is vijftig gram hop bij het koken een goed begin.");
        browser.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
        awaitText("vijftig gram hop");
        assertThat(language()).isEqualTo("nl");

        long mineId = Long.parseLong(mine.replaceAll(".*/questions/(\\d+).*", "$1"));
        assertThat(helper.post("/api/v1/questions/" + mineId + "/answers",
                Map.of("body", "Warm het gistvat een paar graden op en schud de gist voorzichtig los.")).status()).isEqualTo(201);
        // The notification is made by a follower of the change feed, a moment after the answer.
        await(() -> {
            open("/notifications");
            return text().contains("Mijn bier gist niet meer na drie dagen " + token);
        });
        assertThat(text()).contains(dutch.getProperty("inbox.title"), dutch.getProperty("inbox.settings"));

        awaitFeed("search.index");
        open("/search?q=" + URLEncoder.encode(token + " waterslotten", StandardCharsets.UTF_8));
        awaitText("Mijn bier gist niet meer na drie dagen " + token);
        assertThat(text()).contains(dutch.getProperty("search.title"));
        assertThat(language()).isEqualTo("nl");
        assertThat(untranslated(dutch)).isEmpty();
    }

    private String language() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang;");
    }

    /** The navigation's English words where Dutch has its own. */
    private List<String> untranslated(Properties dutch) throws IOException {
        var english = MessageBundleTests.bundle("messages.properties");
        return List.of("nav.spaces", "nav.leaderboards", "nav.missions", "nav.logout", "search.title").stream()
                .filter(key -> !english.getProperty(key).equals(dutch.getProperty(key)))
                .filter(key -> text().contains(english.getProperty(key))).toList();
    }
}
