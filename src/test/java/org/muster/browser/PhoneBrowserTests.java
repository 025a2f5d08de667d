package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** At 390 px, as on a phone: the menu folds, the header stays short, no main page scrolls sideways. */
class PhoneBrowserTests extends BrowserTest {

    @Test
    void theMenuFoldsAndOpensAndTheHeaderStaysWithinAFifthOfTheScreen() {
        phone();
        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        open("/");
        assertThat(number("document.querySelector('header.site').getBoundingClientRect().height")).isLessThanOrEqualTo(168);
        assertThat(browser.findElement(By.id("nav-q")).isDisplayed()).isTrue();
        var spaces = browser.findElement(By.cssSelector(".menu-links a[href='/spaces']"));
        assertThat(spaces.isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("details.menu > summary")).click();
        assertThat(spaces.isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("details.admin-menu > summary")).click();
        browser.findElement(By.linkText("Branding")).click();
        awaitText("Accent colour");
        assertThat(number("document.querySelector('header.site').getBoundingClientRect().height")).isLessThanOrEqualTo(168);
    }

    @Test
    void noMainPageScrollsSideways() {
        phone();
        var pages = List.of("/", "/spaces", "/tags", "/search?q=router", "/leaderboards", "/badges", "/champions", "/login",
                "/signup", "/reset");
        for (var page : pages) assertFits(page);
        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        await(() -> !browser.findElements(By.cssSelector("a.me")).isEmpty());
        for (var page : List.of("/", "/ask", "/missions", "/rewards", "/notifications", "/settings", "/moderation",
                "/support/tickets", "/superfans", "/admin/branding", "/admin/members", "/admin/spaces", "/admin/moderation",
                "/admin/audit", "/admin/mail", "/admin/ladder", "/admin/event-hooks", "/admin/search-gaps"))
            assertFits(page);
    }

    private void assertFits(String page) {
        open(page);
        assertThat(number("document.documentElement.scrollWidth")).as(page).isLessThanOrEqualTo(390);
    }

    /** Chromium's windows are at least 500 px wide; a phone's viewport is set through the DevTools protocol. */
    private void phone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private double number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + script + ";")).doubleValue();
    }
}
