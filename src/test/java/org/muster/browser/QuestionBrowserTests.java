package org.muster.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Browser;
import org.muster.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Ask with a template and tags, answer, vote and accept without a reload, validate, find it in the lists. */
class QuestionBrowserTests extends IntegrationTest {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void logInAs(String email, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        type("email", email);
        type("password", password);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        await(() -> text().contains("Log out"));
    }

    private String text() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private void await(Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.get());
    }

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
        signUpVerified(askerEmail, "Asha Asker");
        var helperEmail = uniqueEmail("helper");
        signUpVerified(helperEmail, "Hugo Helper");
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
