package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation as a person uses it, in headless Chromium. */
class FoundationBrowserTests extends BrowserTest {

    @Test
    void signUpVerifyLogInCreateASpaceAndKeepOutsidersOut() {
        var email = uniqueEmail("browser");
        open("/");
        browser.findElement(By.linkText("Sign up")).click();
        type("email", email);
        type("displayName", "Brenda Browser");
        type("password", "short");
        browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
        awaitText("10 to 128 characters");
        assertThat(browser.findElement(By.id("password-error")).getText()).contains("10 to 128 characters");
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
        awaitText("Check your mail");

        logIn(email, PASSWORD);
        awaitText("Verify your e-mail address first");

        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        awaitText("Log out");
        open("/admin/mail");
        var mail = browser.findElements(By.cssSelector("article.mail")).stream()
                .filter(m -> m.getText().contains(email)).findFirst().orElseThrow();
        mail.findElement(By.partialLinkText("/verify?token=")).click();
        awaitText("Your e-mail address is verified");
        logOut();

        awaitText("Log in");
        logIn(email, PASSWORD);
        awaitText("Brenda Browser");
        assertThat(browser.findElement(By.cssSelector("a.me")).getText()).contains("Brenda Browser");
        logOut();

        var slug = "private-" + UUID.randomUUID().toString().substring(0, 6);
        awaitText("Log in");
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        awaitText("Log out");
        open("/admin/spaces/new");
        type("name", "Insiders");
        type("slug", slug);
        type("description", "For the inner circle");
        browser.findElement(By.cssSelector("input[name=visibility][value=private]")).click();
        type("template", "Environment *\nSteps tried");
        type("tagGroups", "platform: windows, linux");
        browser.findElement(By.cssSelector("form[action='/admin/spaces/new'] button[type=submit]")).click();
        awaitText("For the inner circle");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Insiders");
        open("/spaces");
        assertThat(text()).contains("Insiders");
        logOut();

        awaitText("Log in");
        logIn(email, PASSWORD);
        awaitText("Log out");
        open("/spaces");
        assertThat(text()).doesNotContain("Insiders");
        open("/spaces/" + slug);
        assertThat(text()).contains("404").contains("There is nothing here").doesNotContain("Insiders");
    }
}
