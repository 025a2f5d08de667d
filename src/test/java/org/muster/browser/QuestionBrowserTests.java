package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ask with a template and tags, answer, vote and accept without a reload, validate, find it in the lists. */
class QuestionBrowserTests extends BrowserTest {

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void askAnswerVoteAcceptAndValidate() {
        var slug = "browser-" + UUID.randomUUID().toString().substring(0, 6);
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Browser help", "visibility", "public",
                "templateFields", List.of(Map.of("label", "Environment", "required", true)),
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("windows", "linux")))));
        var askerEmail = uniqueEmail("asker");
        // Regulars: this test is about Q&A, not about the checks on newcomers' posts.
        establish(verifiedMember(askerEmail, "Asha Asker"));
        var helperEmail = uniqueEmail("helper");
        establish(verifiedMember(helperEmail, "Hugo Helper"));
        var staffEmail = uniqueEmail("staff");
        admin.post("/api/v1/admin/members", Map.of("email", staffEmail, "password", PASSWORD, "displayName", "Stella Staff", "role", "staff"));

        logInAs(askerEmail, PASSWORD);
        open("/spaces/" + slug + "/ask");
        type("title", "Printer disappears from the network overnight");
        type("body", "Every morning the **printer** is gone until I restart it.");
        await(() -> browser.findElement(By.id("body-preview")).getAttribute("innerHTML").contains("<strong>printer</strong>"));
        type("field-environment", "Windows 11, printer firmware 3.2");
        type("tagText", "windows");
        browser.findElement(By.cssSelector("form[action='/ask'] button[type=submit]")).click();
        await(() -> text().contains("Printer disappears from the network overnight"));
        assertThat(text()).contains("Environment", "Windows 11, printer firmware 3.2");
        // htmx swaps the placeholder for the ranked list as the page loads.
        await(() -> !browser.findElement(By.id("related")).getText().contains("See related questions"));
        var questionUrl = browser.getCurrentUrl();

        logInAs(helperEmail, PASSWORD);
        browser.get(questionUrl);
        type("answer-body", "Give the printer a fixed IP address in the router's DHCP settings.");
        browser.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
        await(() -> text().contains("Give the printer a fixed IP address"));

        logInAs(askerEmail, PASSWORD);
        browser.get(questionUrl);
        script("window.stillSamePage = true;");
        browser.findElement(By.cssSelector("#answers .vote.up")).click();
        await(() -> browser.findElement(By.cssSelector("#answers .score")).getText().equals("1"));
        browser.findElement(By.cssSelector("#answers form[action$='/accept'] button")).click();
        await(() -> text().contains("Accepted by the asker"));
        assertThat(script("return window.stillSamePage === true;")).as("no full reload").isEqualTo(true);

        logInAs(staffEmail, PASSWORD);
        browser.get(questionUrl);
        browser.findElement(By.cssSelector("#answers form[action*='/validate'] button")).click();
        await(() -> text().contains("Validated by Stella Staff"));

        open("/spaces/" + slug + "?sort=votes&solved=true");
        assertThat(text()).contains("Printer disappears from the network overnight", "Solved");
    }
}
