package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.support.WebhookReceiver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: an admin subscribes an endpoint on the admin page, is refused a metadata address beside the field, and sees the delivery sent. */
class EventHookBrowserTests extends BrowserTest {

    private final String token = "hb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void anAdminSubscribesAnEndpointAndSeesItsDeliveries() throws Exception {
        var admin = http.withToken(adminToken());
        var space = "hkb-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Brewing " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("hops")))));
        try (var receiver = new WebhookReceiver()) {
            logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
            open("/admin/event-hooks");
            subscribe("Metadata " + token, "https://169.254.169.254/latest/meta-data");
            awaitText("link-local");
            assertThat(text()).doesNotContain("Signing secret of");

            subscribe("Team chat " + token, receiver.url());
            awaitText("Signing secret of Team chat " + token);
            assertThat(browser.findElement(By.cssSelector("code.secret")).getText()).startsWith("whsec_");

            var asker = uniqueEmail("asker");
            establish(verifiedMember(asker, "Ada Asker"));
            var asked = new org.muster.Http("http://localhost:" + port).withToken(tokenFor(asker, PASSWORD))
                    .post("/api/v1/questions", Map.of("space", space, "tags", List.of("hops"),
                            "title", "How long should a pale ale dry-hop " + token,
                            "body", "Three days or five? I worry about grassy flavours in the keg. " + token));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            receiver.await(r -> r.body().contains(token), 1);

            // The receiver has the request a moment before the worker records the answer: the page is asked again.
            await(() -> {
                open("/admin/event-hooks");
                return text().contains("question.asked Team chat " + token + " sent");
            });
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
            var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/admin-event-hooks.png"), shot);
        } finally {
            // The receiver is gone after this test: its hook must not keep failing under other tests.
            for (var hook : admin.get("/api/v1/admin/event-hooks").json())
                admin.patch("/api/v1/admin/event-hooks/" + hook.get("id").asLong(), Map.of("active", false));
        }
    }

    private void subscribe(String name, String url) {
        type("hook-name", name);
        type("hook-url", url);
        browser.findElement(By.cssSelector("input[name=events][value='question.asked']")).click();
        new Select(browser.findElement(By.id("hook-format"))).selectByValue("muster");
        browser.findElement(By.cssSelector("form[action='/admin/event-hooks'] button[type=submit]")).click();
    }
}
