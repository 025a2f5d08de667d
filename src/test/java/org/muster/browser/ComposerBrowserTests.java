package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.Browser;
import org.muster.BrowserTest;
import org.muster.GpsPhoto;
import org.muster.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing as a member does: the toolbar, the preview, the draft after a reload and on another device, images, tags. */
class ComposerBrowserTests extends BrowserTest {

    private String space;
    private String email;

    private void setUp() {
        space = "write-" + UUID.randomUUID().toString().substring(0, 6);
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Writing help", "visibility", "public"));
        email = uniqueEmail("writer");
        // A regular: images in posts are refused to newcomers.
        establish(verifiedMember(email, "Wanda Writer"));
    }

    private long question() {
        var asker = new Http("http://localhost:" + port).withToken(memberWithRole("champion", "Quentin Asker"));
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "title", "Modem loses its settings after a power cut",
                "body", "Every time the power goes out the modem is back to factory settings.", "tags", List.of("modem")));
        assertThat(asked.status()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private Object script(WebDriver in, String code, Object... args) {
        return ((JavascriptExecutor) in).executeScript(code, args);
    }

    private String value(WebDriver in, String id) {
        return in.findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void formatsAnAnswerSeesItsPreviewAndFindsTheDraftAfterAReloadAndOnAnotherDevice() {
        setUp();
        long id = question();
        logInAs(email, PASSWORD);
        open("/questions/" + id);
        var body = browser.findElement(By.id("answer-body"));
        body.sendKeys("Restart the modem");
        script(browser, "var f = arguments[0]; f.setSelectionRange(12, 17);", body);
        browser.findElement(By.cssSelector("#answer-form [data-format=bold]")).click();
        body.sendKeys(Keys.END, ", then ");
        body.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        body.sendKeys("wait");
        body.sendKeys(Keys.END, Keys.ENTER, "keep the settings backup");
        browser.findElement(By.cssSelector("#answer-form [aria-label='Bulleted list']")).click();
        assertThat(value(browser, "answer-body")).isEqualTo("Restart the **modem**, then *wait*\n- keep the settings backup");

        await(() -> browser.findElement(By.id("answer-preview")).getDomProperty("innerHTML").contains("<strong>modem</strong>"));
        assertThat(browser.findElement(By.id("answer-preview")).getDomProperty("innerHTML")).contains("<em>wait</em>", "<li>");
        awaitText("Draft saved");

        browser.navigate().refresh();
        await(() -> value(browser, "answer-body").contains("**modem**"));
        assertThat(text()).contains("Your draft is back in the form");

        var otherDevice = Browser.start();
        try {
            otherDevice.get("http://localhost:" + port + "/login");
            otherDevice.findElement(By.id("email")).sendKeys(email);
            otherDevice.findElement(By.id("password")).sendKeys(PASSWORD);
            otherDevice.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            // Signed in once the page after the login has its log-out form: going on sooner can race the session cookie.
            await(() -> !otherDevice.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
            otherDevice.get("http://localhost:" + port + "/questions/" + id);
            assertThat(value(otherDevice, "answer-body")).isEqualTo("Restart the **modem**, then *wait*\n- keep the settings backup");
        } finally {
            otherDevice.quit();
        }

        browser.findElement(By.cssSelector("#answer-form [data-draft-discard]")).click();
        awaitText("Draft discarded.");
        assertThat(value(browser, "answer-body")).isEmpty();
        browser.navigate().refresh();
        assertThat(value(browser, "answer-body")).isEmpty();
        assertThat(text()).doesNotContain("Your draft is back");
    }

    @Test
    void asksOnAPhoneWithAPastedPhotoAndATagPickedFromTheSuggestions() throws Exception {
        setUp();
        question();
        var champion = http.withToken(memberWithRole("champion"));
        assertThat(champion.patch("/api/v1/tags/modem", Map.of("description", "Cable and DSL modems")).status()).isEqualTo(200);
        logInAs(email, PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/spaces/" + space + "/ask");

        type("title", "Modem photo: which light means what");
        var body = browser.findElement(By.id("body"));
        body.sendKeys("This is the front of my modem:\n");
        var photo = Base64.getEncoder().encodeToString(GpsPhoto.jpeg());
        script(browser, """
                var bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));
                var data = new DataTransfer();
                data.items.add(new File([bytes], "front.jpg", {type: "image/jpeg"}));
                arguments[0].dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));""",
                body, photo);
        await(() -> value(browser, "body").matches("(?s).*!\\[]\\(/images/[A-Za-z0-9_-]{43}\\).*"));
        var url = value(browser, "body").replaceAll("(?s).*!\\[]\\((/images/[^)]+)\\).*", "$1");
        var served = fetch(url);
        assertThat(GpsPhoto.contains(served, GpsPhoto.POSITION)).as("the photo's GPS position is gone").isFalse();

        browser.findElement(By.id("tagText")).sendKeys("mod");
        await(() -> browser.findElement(By.cssSelector("[role=listbox]")).getText().contains("Cable and DSL modems"));
        browser.findElement(By.id("tagText")).sendKeys(Keys.ENTER);
        assertThat(value(browser, "tagText")).isEqualTo("modem, ");
        assertThat(script(browser, "return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("nothing wider than the phone").isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".composer-toolbar")).getRect().getWidth()).isLessThanOrEqualTo(390);

        // Enter in a field presses the form's first button: it posts the question, never "Discard draft".
        browser.findElement(By.id("title")).sendKeys(Keys.ENTER);
        awaitText("Modem photo: which light means what");
        var image = browser.findElement(By.cssSelector(".post .prose-html img"));
        assertThat(image.getDomAttribute("src")).isEqualTo(url);
        // Shown, and turned as the phone was held: the EXIF orientation (rotate 90°) survived the GPS removal.
        await(() -> ((Number) script(browser, "return arguments[0].naturalWidth;", image)).intValue() == 16);
        assertThat(http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/drafts/question/" + space).status())
                .as("the draft went with the question").isEqualTo(404);
    }

    private byte[] fetch(String path) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
