package org.muster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A test that uses Muster as a person does, in headless Chromium, with the helpers that needs. */
public abstract class BrowserTest extends IntegrationTest {

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void logIn(String email, String password) {
        open("/login");
        type("email", email);
        type("password", password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    /** Signs in as someone else: the previous session's cookies go first. */
    protected void logInAs(String email, String password) {
        browser.manage().deleteAllCookies();
        logIn(email, password);
        // The log-out form, not its text: on a phone it sits in the folded menu.
        await(() -> !browser.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
    }

    protected void logOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    }

    protected String text() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            // The page is being replaced (a redirect, an htmx swap); the caller asks again.
            return "";
        }
    }

    protected void await(Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> condition.get());
    }

    /** Waits for the page that a click led to, then checks what it says. */
    protected void awaitText(String expected) {
        try {
            await(() -> text().contains(expected));
        } catch (TimeoutException e) {
            assertThat(text()).contains(expected);
        }
    }
}
