package org.muster.knowledge;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A help room in the browser: a message arrives without reload, and a conversation becomes a question. */
class HelpRoomBrowserTests extends BrowserTest {

    @Test
    void aMessageArrivesLiveAndTheConversationBecomesAQuestion() throws Exception {
        var admin = http.withToken(adminToken());
        var space = "room-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Router help", "visibility", "public",
                "tagGroups", List.of(Map.of("name", "device", "tags", List.of("router"))))).status()).isEqualTo(201);
        var email = uniqueEmail("room-browser");
        establish(verifiedMember(email, "Ada Asker"));
        var helperEmail = uniqueEmail("room-browser-helper");
        establish(verifiedMember(helperEmail, "Hugo Helper"));
        var helper = http.withToken(tokenFor(helperEmail, PASSWORD));

        logInAs(email, PASSWORD);
        open("/spaces/" + space);
        browser.findElement(By.linkText("Help room")).click();
        awaitText("No messages yet.");
        type("room-body", "My router drops the guest network every night. How do I keep it up?");
        browser.findElement(By.cssSelector(".room-compose button[type=submit]")).click();
        awaitText("drops the guest network");
        // Once the stream is open (the layout connects it), the helper's message appears without a reload.
        await(() -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return !!document.body.getAttribute('sse-connect') && typeof htmx !== 'undefined'"));
        Thread.sleep(1000);
        assertThat(helper.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body",
                "Turn off the nightly **guest network schedule** under Wireless. Then save and reboot the router.")).status())
                .isEqualTo(201);
        awaitText("guest network schedule");

        for (var box : browser.findElements(By.cssSelector("input[type=checkbox][name=message]"))) box.click();
        browser.findElement(By.cssSelector("#convert-form button")).click();
        awaitText("Turn the conversation into a question");
        assertThat(text()).contains("Ada Asker").contains("Hugo Helper").contains("In short:");
        type("tags", "router");
        browser.findElement(By.cssSelector("form[action$='/room/convert'] button[type=submit]")).click();
        awaitText("The conversation is now a question with its answer.");
        assertThat(text()).contains("My router drops the guest network every night").contains("Hugo Helper")
                .contains("guest network schedule");
        browser.findElement(By.linkText("help room")).click();
        awaitText("Turned into a question");

        assertThat(helper.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Anyone else with the AX3000?"))
                .status()).isEqualTo(201);
        var moderatorEmail = uniqueEmail("room-browser-moderator");
        memberFixture().create(moderatorEmail, "Mo Moderator", "moderator");
        logInAs(moderatorEmail, PASSWORD);
        open("/spaces/" + space + "/room");
        awaitText("Anyone else with the AX3000?");
        assertThat(browser.findElements(By.cssSelector("form[action$='/moderate']"))).hasSize(3);
        browser.findElements(By.cssSelector(".room-message details")).getLast().click();

        browser.manage().deleteAllCookies();
        open("/spaces/" + space + "/room");
        awaitText("Anyone else with the AX3000?");
        assertThat(browser.findElements(By.cssSelector("input[type=checkbox], form[action$='/messages']"))).isEmpty();
        assertThat(text()).contains("Log in to write in the room");
    }
}
