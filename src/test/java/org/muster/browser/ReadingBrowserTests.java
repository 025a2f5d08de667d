package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a thread: how long ago things happened, who wrote them, and a link to pass on. */
class ReadingBrowserTests extends BrowserTest {

    private final String token = UUID.randomUUID().toString().substring(0, 6);
    private long questionId;
    private long answerId;
    private String askerEmail;
    private long asker;
    private String helperEmail;

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** A public space with a question by one member, an answer by another and a comment on it. */
    private String thread() {
        var slug = "reading-" + token;
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Reading " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "device", "tags", List.of("modem")))));
        askerEmail = uniqueEmail("asker");
        asker = verifiedMember(askerEmail, "Rita Reader");
        establish(asker);
        helperEmail = uniqueEmail("helper");
        long helper = verifiedMember(helperEmail, "Hans Helper");
        establish(helper);
        var askerApi = http.withToken(tokenFor(askerEmail, PASSWORD));
        var helperApi = http.withToken(tokenFor(helperEmail, PASSWORD));
        var question = askerApi.post("/api/v1/questions", Map.of("space", slug, "title", "Modem light blinks orange " + token,
                "tags", List.of("modem"), "body", "Since this morning the modem light blinks orange and nothing connects."));
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        questionId = question.json().get("id").asLong();
        var answer = helperApi.post("/api/v1/questions/" + questionId + "/answers",
                Map.of("body", "Orange means no line sync: check the cable into the wall socket first."));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        answerId = answer.json().get("id").asLong();
        assertThat(askerApi.post("/api/v1/posts/" + answerId + "/comments", Map.of("body", "The cable was loose, thanks!")).status())
                .isEqualTo(201);
        return slug;
    }

    @Test
    void timesReadAsHowLongAgoWithTheExactTimeOnHover() {
        thread();
        open("/questions/" + questionId);
        var asked = browser.findElement(By.cssSelector(".thread > .meta time"));
        await(() -> asked.getText().equals("now") || asked.getText().contains("second") || asked.getText().contains("minute"));
        assertThat(asked.getAttribute("title")).as("the exact time on hover").matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*");
        assertThat(asked.getAttribute("datetime")).startsWith(String.valueOf(java.time.Year.now().getValue()));
        var answered = browser.findElement(By.cssSelector("#post-" + answerId + " .byline time"));
        assertThat(answered.getText()).doesNotContain(":");
        assertThat(answered.getAttribute("title")).contains(":");
    }

    @Test
    void avatarsStandBesideQuestionAnswerCommentAndListAuthors() {
        var slug = thread();
        open("/questions/" + questionId);
        var questionAvatar = browser.findElement(By.cssSelector("#post-" + questionId + " .byline img.avatar"));
        assertThat(questionAvatar.getAttribute("alt")).isEmpty();
        assertThat(questionAvatar.getAttribute("width")).isEqualTo("24");
        assertThat(browser.findElement(By.cssSelector("#post-" + answerId + " .byline")).getText()).contains("Hans Helper");
        assertThat(browser.findElements(By.cssSelector("#post-" + answerId + " .byline img.avatar"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#post-" + answerId + " .comments img.avatar"))).hasSize(1);
        assertThat((Boolean) script("var i = document.querySelector('#post-" + answerId + " .byline img.avatar');"
                + " return i.complete && i.naturalWidth > 0;")).as("the avatar loads").isTrue();

        open("/spaces/" + slug);
        var row = browser.findElement(By.cssSelector(".question-row"));
        assertThat(row.findElement(By.cssSelector("img.avatar")).getAttribute("src")).contains("/avatar.svg");
        assertThat(row.getText()).contains("Rita Reader");
    }

    @Test
    void shareCopiesTheAbsolutePermalinkOfAnAnswer() {
        thread();
        ((ChromeDriver) browser).executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", "http://localhost:" + port, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("/questions/" + questionId);
        var share = browser.findElement(By.cssSelector("#post-" + answerId + " details.share"));
        share.findElement(By.tagName("summary")).click();
        var link = share.findElement(By.tagName("input"));
        var permalink = "http://localhost:" + port + "/questions/" + questionId + "/modem-light-blinks-orange-" + token + "#post-" + answerId;
        assertThat(link.getAttribute("value")).isEqualTo(permalink);
        assertThat(link.getAttribute("readonly")).isNotNull();
        await(() -> share.getText().contains("Link copied"));
        var copied = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function () { done(''); });");
        assertThat(copied).isEqualTo(permalink);

        browser.get(permalink);
        await(() -> browser.getCurrentUrl().endsWith("#post-" + answerId));
        assertThat(browser.findElement(By.id("post-" + answerId)).getText()).contains("Orange means no line sync");
    }

    @Test
    void atPhoneWidthTheShareFieldFitsTheScreen() {
        thread();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/questions/" + questionId);
        var share = browser.findElement(By.cssSelector("#post-" + questionId + " details.share"));
        new Actions(browser).scrollToElement(share).perform();
        share.findElement(By.tagName("summary")).click();
        var field = share.findElement(By.tagName("input"));
        assertThat(field.getRect().getX() + field.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat((Long) script("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390L);
    }

    @Test
    void bookmarkAnAnswerAndFindItInMyBookmarks() {
        thread();
        logInAs(askerEmail, PASSWORD);
        open("/questions/" + questionId);
        script("window.stillSamePage = true;");
        browser.findElement(By.cssSelector("#bookmark-" + answerId + " button")).click();
        await(() -> browser.findElement(By.cssSelector("#bookmark-" + answerId + " button")).getText().equals("Bookmarked"));
        assertThat(browser.findElement(By.cssSelector("#bookmark-" + answerId + " button")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(script("return window.stillSamePage === true;")).as("no full reload").isEqualTo(true);

        open("/members/" + asker);
        browser.findElement(By.linkText("My bookmarks")).click();
        awaitText("Modem light blinks orange " + token);
        assertThat(text()).contains("Orange means no line sync");
        browser.findElement(By.linkText("Modem light blinks orange " + token)).click();
        await(() -> browser.getCurrentUrl().endsWith("#post-" + answerId));

        browser.findElement(By.cssSelector("#bookmark-" + answerId + " button")).click();
        await(() -> browser.findElement(By.cssSelector("#bookmark-" + answerId + " button")).getText().equals("Bookmark"));
        open("/bookmarks");
        awaitText("No bookmarks yet");
    }

    @Test
    void listsAndThreadsMarkWhatIsNewSinceTheLastVisit() {
        var slug = thread();
        logInAs(askerEmail, PASSWORD);
        open("/spaces/" + slug);
        awaitText("Modem light blinks orange " + token);
        assertThat(browser.findElements(By.cssSelector(".mark.new"))).as("a first look marks nothing").isEmpty();
        open("/questions/" + questionId);
        awaitText("Orange means no line sync");
        // Away from the thread: on it, the live stream would show the next answer at once (and count it as seen).
        open("/spaces/" + slug);
        awaitText("Modem light blinks orange " + token);

        var helperApi = http.withToken(tokenFor(helperEmail, PASSWORD));
        var later = helperApi.post("/api/v1/questions/" + questionId + "/answers",
                Map.of("body", "If the cable is fine, the line itself may be down: the provider's status page says so."));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        long laterId = later.json().get("id").asLong();
        var asked = helperApi.post("/api/v1/questions", Map.of("space", slug, "title", "Second modem keeps its lights off " + token,
                "tags", List.of("modem"), "body", "A spare modem shows no lights at all after plugging it in."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        open("/spaces/" + slug);
        var rows = browser.findElements(By.cssSelector(".question-row"));
        var known = rows.stream().filter(r -> r.getText().contains("Modem light blinks orange")).findFirst().orElseThrow();
        var fresh = rows.stream().filter(r -> r.getText().contains("Second modem keeps its lights off")).findFirst().orElseThrow();
        assertThat(known.findElement(By.cssSelector(".mark.new")).getText()).isEqualTo("1 new answer");
        assertThat(fresh.findElement(By.cssSelector(".mark.new")).getText()).isEqualTo("New");

        open("/questions/" + questionId);
        assertThat(browser.findElement(By.cssSelector("#post-" + laterId)).getAttribute("class")).contains("new");
        assertThat(browser.findElements(By.cssSelector("#post-" + answerId + ".new"))).as("seen before").isEmpty();
        browser.findElement(By.linkText("Jump to the first new post")).click();
        await(() -> browser.getCurrentUrl().endsWith("#post-" + laterId));

        open("/questions/" + questionId);
        assertThat(browser.findElements(By.cssSelector(".mark.new"))).as("all seen now").isEmpty();

        browser.manage().deleteAllCookies();
        open("/spaces/" + slug);
        awaitText("Second modem keeps its lights off");
        assertThat(browser.findElements(By.cssSelector(".mark.new"))).as("visitors see no markers").isEmpty();
    }

    @Test
    void userCardOpensOnHoverAndOnTapAtPhoneWidth() {
        thread();
        open("/questions/" + questionId);
        var name = browser.findElement(By.cssSelector("#post-" + answerId + " .byline a[data-card]"));
        new Actions(browser).moveToElement(name).perform();
        await(() -> !browser.findElements(By.cssSelector(".user-card")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".user-card")).getText()).contains("Hans Helper", "reputation", "View profile");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/questions/" + questionId);
        var onPhone = browser.findElement(By.cssSelector("#post-" + answerId + " .byline a[data-card]"));
        new Actions(browser).scrollToElement(onPhone).perform();
        var finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        var tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(onPhone), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((RemoteWebDriver) browser).perform(List.of(tap));
        await(() -> !browser.findElements(By.cssSelector(".user-card")).isEmpty());
        var card = browser.findElement(By.cssSelector(".user-card"));
        assertThat(card.getText()).contains("Hans Helper");
        assertThat(card.getRect().getX() + card.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(browser.getCurrentUrl()).as("the tap opened the card, not the profile").contains("/questions/");
        card.findElement(By.linkText("View profile")).click();
        awaitText("Hans Helper");
        assertThat(browser.getCurrentUrl()).contains("/members/");
    }
}
