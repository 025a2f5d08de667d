package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: staff review submissions and moderators the queue, several items at once, with the keyboard or the mouse. */
class BulkReviewBrowserTests extends BrowserTest {

    /** A 2×2 PNG, so that the page has a picture to show. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==";

    private final String token = "br" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void staffSelectTwoSubmissionsWithTheKeyboardAndAcceptThem() {
        var staffEmail = uniqueEmail("bulkstaff");
        long staffId = verifiedMember(staffEmail, "Bea Bulk");
        db.sql("update members set role = 'staff' where id = :id").param("id", staffId).update();
        var slug = taskMission(http.withToken(tokenFor(staffEmail, PASSWORD)));
        submit(slug, "Kim Keyboard", "Poster one " + token, PNG);
        submit(slug, "Lou Keyboard", "Poster two " + token, null);

        logInAs(staffEmail, PASSWORD);
        open("/missions/review");
        awaitText("Poster one " + token);
        var first = item("Poster one " + token);
        assertThat(first.getText()).contains("Kim Keyboard", "Hang the poster " + token);
        var photo = first.findElement(By.cssSelector("img.proof"));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", photo)).isEqualTo(2L);

        // Other tests leave submissions waiting: move down to this test's two, as a reviewer would.
        moveTo("Poster one " + token);
        keys("x");
        moveTo("Poster two " + token);
        keys("x");
        assertThat(checkbox(item("Poster one " + token)).isSelected()).isTrue();
        assertThat(checkbox(item("Poster two " + token)).isSelected()).isTrue();
        keys("?");
        assertThat(browser.findElement(By.cssSelector("[data-shortcuts-help]")).getText()).contains("Accept selected", "Next / previous item");
        keys("a");
        awaitText("2 submissions accepted.");
        assertThat(text()).doesNotContain("Poster one " + token).doesNotContain("Poster two " + token);
    }

    @Test
    void rejectingWithoutAReasonSaysSoBesideTheFieldAlsoOnAPhone() {
        var staffEmail = uniqueEmail("rejectstaff");
        long staffId = verifiedMember(staffEmail, "Rita Reject");
        db.sql("update members set role = 'staff' where id = :id").param("id", staffId).update();
        var slug = taskMission(http.withToken(tokenFor(staffEmail, PASSWORD)));
        submit(slug, "Bo Blurry", "Blurry poster " + token, null);

        logInAs(staffEmail, PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/missions/review");
        awaitText("Blurry poster " + token);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        item("Blurry poster " + token).findElement(By.cssSelector("label.choice")).click();
        browser.findElement(By.cssSelector("button[value=reject]")).click();
        awaitText("Say why the submission is rejected.");
        var field = browser.findElement(By.id("note")).findElement(By.xpath(".."));
        assertThat(field.getText()).contains("Say why the submission is rejected.");
        assertThat(checkbox(item("Blurry poster " + token)).isSelected()).isTrue();

        // With the keyboard, "r" asks for the reason first; Enter in the field then rejects.
        keys("r");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("note");
        browser.switchTo().activeElement().sendKeys("The poster cannot be seen\n");
        awaitText("1 submission rejected.");
    }

    @Test
    void aModeratorHandlesThreeQueueItemsAtOnce() {
        var admin = http.withToken(adminToken());
        var space = "bulk-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Bulk " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router")))));
        var author = member("Al Author");
        var flagger = member("Fi Flagger");
        var titles = List.of("Selling my old router " + token, "Visit my shop " + token, "Cheap licences " + token);
        for (var title : titles) {
            long post = author.post("/api/v1/questions", Map.of("space", space, "title", title,
                    "body", "Words that do not belong in this community at all.", "tags", List.of("router"))).json().get("id").asLong();
            assertThat(flagger.post("/api/v1/posts/" + post + "/flags", Map.of("reason", "off-topic")).status()).isEqualTo(201);
        }
        var moderator = uniqueEmail("bulkmod");
        admin.post("/api/v1/admin/members", Map.of("email", moderator, "password", PASSWORD, "displayName", "Mo Bulk", "role", "moderator"));

        logInAs(moderator, PASSWORD);
        open("/moderation");
        awaitText(titles.getLast());
        item(titles.get(0)).findElement(By.cssSelector("label.choice")).click();
        item(titles.get(1)).findElement(By.cssSelector("label.choice")).click();
        moveTo(titles.get(2));
        keys("x");
        type("bulk-reason", "advertising");
        browser.findElement(By.cssSelector("button[name=action][value=hide]")).click();
        awaitText("3 items hidden.");
        for (var title : titles) assertThat(text()).doesNotContain(title);
    }

    private WebElement item(String text) {
        return browser.findElement(By.xpath("//*[@data-item][contains(., '" + text + "')]"));
    }

    private static WebElement checkbox(WebElement item) {
        return item.findElement(By.cssSelector("input[type=checkbox]"));
    }

    private void keys(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses j until the highlighted item is the one with this text. */
    private void moveTo(String text) {
        for (int i = 0; i < 300; i++) {
            var current = browser.findElements(By.cssSelector("[data-item].current"));
            if (!current.isEmpty() && current.getFirst().getText().contains(text)) return;
            keys("j");
        }
        throw new AssertionError("No item with " + text);
    }

    private String taskMission(Http staff) {
        var program = staff.post("/api/v1/programs", Map.of("name", "Posters " + token + staff.hashCode(), "description", "Proof",
                "budget", 500)).json().get("slug").asString();
        return staff.post("/api/v1/missions", Map.of("program", program, "title", "Hang the poster " + token,
                "description", "Hang it and send a photo", "kind", "task", "rewardPoints", 10, "approval", "staff")).json()
                .get("slug").asString();
    }

    private void submit(String slug, String name, String body, String image) {
        var proof = image == null ? Map.of("body", body) : Map.of("body", body, "imageBase64", image);
        assertThat(member(name).post("/api/v1/missions/" + slug + "/submissions", proof).status()).isEqualTo(201);
    }

    private Http member(String name) {
        var email = uniqueEmail("bulk");
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }
}
