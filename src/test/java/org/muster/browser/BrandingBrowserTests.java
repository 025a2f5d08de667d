package org.muster.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin gives the community its own look; every page and mail follows it, and bad input is refused beside its field. */
class BrandingBrowserTests extends BrowserTest {

    /** Other tests expect Muster's own look: the brand goes back as it was. */
    @AfterEach
    void restoreMustersLook() {
        var admin = http.withToken(adminToken());
        admin.put("/api/v1/admin/branding", Map.of("name", "", "accent", "", "welcome", "", "footerLinks", List.of()));
        admin.delete("/api/v1/admin/branding/logo");
    }

    @Test
    void adminSetsNameColourLogoWelcomeAndFooterLinkAndEveryPageAndMailShowThem() throws IOException {
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        awaitText("Log out");
        open("/admin/branding");
        type("name", "Harbour Helpers");
        type("accent", "#0b5cad");
        browser.findElement(By.id("logo")).sendKeys(png().toString());
        type("welcome", "**Ahoy!** Ask the crew anything about your boat.");
        type("footerLinks[0].label", "Our shop");
        type("footerLinks[0].url", "https://shop.example/");
        browser.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
        awaitText("The branding is saved");

        browser.manage().deleteAllCookies();
        for (var page : List.of("/", "/spaces", "/leaderboards", "/login", "/signup")) {
            open(page);
            assertThat(browser.getTitle()).as(page).endsWith("· Harbour Helpers");
            assertThat(browser.findElement(By.cssSelector("header .brand")).getText()).as(page).isEqualTo("Harbour Helpers");
            assertThat(browser.findElement(By.cssSelector("header .brand img")).getAttribute("src")).as(page).contains("/brand/logo?v=");
            var shop = browser.findElement(By.linkText("Our shop"));
            assertThat(shop.getAttribute("href")).isEqualTo("https://shop.example/");
            assertThat(css("getComputedStyle(document.documentElement).getPropertyValue('--accent')")).as(page).isEqualTo("#0b5cad");
        }
        open("/");
        assertThat(browser.findElement(By.cssSelector(".welcome strong")).getText()).isEqualTo("Ahoy!");
        assertThat(text()).contains("Welcome to Harbour Helpers");
        var logo = http.get("/brand/logo?v=1");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/png");

        var email = uniqueEmail("harbour");
        http.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Hanna Harbour"));
        var mail = awaitMail(email, "Verify your e-mail address for Harbour Helpers");
        assertThat(mail).contains("welcome to Harbour Helpers!");
    }

    @Test
    void badColourLowContrastWrongLogoTypeAndScriptLinkAreRefusedBesideTheirFields() throws IOException {
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        awaitText("Log out");
        open("/admin/branding");
        type("name", "Never Saved");
        type("accent", "blue");
        browser.findElement(By.id("logo")).sendKeys(svg().toString());
        type("footerLinks[0].label", "Click me");
        type("footerLinks[0].url", "javascript:alert(1)");
        browser.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
        awaitText("Please correct");
        assertThat(errorBeside("accent")).contains("six hex digits");
        assertThat(errorBeside("logo")).contains("PNG, JPEG or WebP");
        assertThat(errorBeside("footerLinks[0].url")).contains("https://");
        assertThat(browser.findElements(By.cssSelector(".error-summary li"))).hasSize(3);

        type("accent", "#7fb2ff");
        browser.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
        awaitText("White text on this colour is hard to read");
        assertThat(errorBeside("accent")).contains("at least 4.5:1");

        open("/");
        assertThat(browser.findElement(By.cssSelector("header .brand")).getText()).isNotEqualTo("Never Saved");
        var api = http.withToken(adminToken()).put("/api/v1/admin/branding",
                Map.of("name", "", "accent", "#ffdd00", "welcome", "", "footerLinks", List.of()));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("accent");
    }

    @Test
    void darkThemeFollowsTheSystemAndKeepsTheBrandColourReadable() {
        http.withToken(adminToken()).put("/api/v1/admin/branding",
                Map.of("name", "Night Owls", "accent", "#0b5cad", "welcome", "", "footerLinks", List.of()));
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        awaitText("Log out");
        for (var page : List.of("/", "/spaces", "/admin/branding", "/login")) {
            open(page);
            assertThat(luminance("getComputedStyle(document.body).backgroundColor")).as(page).isLessThan(.05);
            assertThat(luminance("getComputedStyle(document.querySelector('header.site')).backgroundColor")).as(page).isLessThan(.05);
            assertThat(luminance("getComputedStyle(document.body).color")).as(page).isGreaterThan(.6);
        }
        open("/admin/branding");
        // Link text in the brand colour, lightened until it reads on the dark page (4.5:1).
        double link = luminance("getComputedStyle(document.querySelector('footer.site a')).color");
        double page = luminance("getComputedStyle(document.querySelector('.panel')).backgroundColor");
        assertThat((link + .05) / (page + .05)).isGreaterThanOrEqualTo(4.5);
        assertThat(luminance("getComputedStyle(document.querySelector('input#name')).backgroundColor")).isLessThan(.05);
    }

    private String errorBeside(String field) {
        var input = browser.findElement(By.id(field));
        return input.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]")).findElement(By.cssSelector("p.error")).getText();
    }

    private String css(String script) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return " + script + ";")).strip();
    }

    /** WCAG relative luminance of a computed rgb() colour. */
    private double luminance(String script) {
        var parts = css(script).replaceAll("[^0-9,.]", "").split(",");
        double[] weights = {.2126, .7152, .0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            sum += weights[i] * (c <= .04045 ? c / 12.92 : Math.pow((c + .055) / 1.055, 2.4));
        }
        return sum;
    }

    private static Path png() throws IOException {
        var image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        var file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path svg() throws IOException {
        var file = Files.createTempFile("logo", ".png");
        Files.writeString(file, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect width='10' height='10'/></svg>");
        return file;
    }
}
