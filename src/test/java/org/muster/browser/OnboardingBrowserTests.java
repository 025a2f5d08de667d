package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer signs up, verifies from the mail, is signed in and shown first steps; the link can be sent again. */
class OnboardingBrowserTests extends BrowserTest {

    @Test
    void theMailedLinkOpenedInTheBrowserThatSignedUpSignsInAndShowsFirstStepsUntilHidden() {
        var email = signUp("Nora Newcomer");
        browser.get(linkIn(awaitMail(email, "Verify")));
        awaitText("you are signed in");
        assertThat(browser.getCurrentUrl()).endsWith("/");
        assertThat(browser.findElement(By.cssSelector("a.me")).getText()).contains("Nora Newcomer");
        var steps = browser.findElement(By.cssSelector(".first-steps"));
        assertThat(steps.getText()).contains("Complete your profile").contains("Watch a tag").contains("missions");

        steps.findElement(By.cssSelector("button[type=submit]")).click();
        awaitText("The tips are hidden");
        assertThat(browser.findElements(By.cssSelector(".first-steps"))).isEmpty();
        open("/");
        assertThat(browser.findElements(By.cssSelector(".first-steps"))).isEmpty();
    }

    @Test
    void theMailedLinkOpenedInAnotherBrowserVerifiesButDoesNotSignIn() {
        var email = signUp("Otto Other");
        var link = linkIn(awaitMail(email, "Verify"));
        browser.manage().deleteAllCookies();
        browser.get(link);
        awaitText("Your e-mail address is verified");
        assertThat(browser.findElements(By.cssSelector("a.me"))).isEmpty();

        browser.get(link);
        awaitText("This link is invalid, used or expired");
        logIn(email, PASSWORD);
        awaitText("Otto Other");
    }

    @Test
    void theLinkIsSentAgainFromTheCheckYourMailPageAndFromTheLoginPage() {
        var email = signUp("Rita Resend");
        assertThat(browser.findElement(By.id("resend-email")).getAttribute("value")).isEqualTo(email);
        browser.findElement(By.cssSelector("form[action='/verify/resend'] button")).click();
        awaitText("a new link is on its way");
        await(() -> verificationMails(email) == 2);

        logIn(email, PASSWORD);
        awaitText("Verify your e-mail address first");
        type("resend-email", email.toUpperCase(Locale.ROOT));
        browser.findElement(By.cssSelector("form[action='/verify/resend'] button")).click();
        awaitText("Log in");
        await(() -> verificationMails(email) == 3);

        browser.get(linkIn(awaitMail(email, "Verify")));
        awaitText("you are signed in");
    }

    /** Three links an hour per address, however it is written; an unknown address is answered alike. */
    @Test
    void resendingIsLimitedPerNormalisedAddressAndTellsNobodyWhoHasAnAccount() {
        var known = uniqueEmail("limited");
        http.post("/api/v1/accounts", Map.of("email", known, "password", PASSWORD, "displayName", "Lim Ited"));
        var unknown = uniqueEmail("nobody");
        for (var address : new String[]{known, unknown}) {
            for (int i = 0; i < 3; i++)
                assertThat(http.submit("/login", "/verify/resend", Map.of("email", i == 1 ? address.toUpperCase(Locale.ROOT) : address))
                        .status()).as(address).isEqualTo(302);
            assertThat(http.submit("/login", "/verify/resend", Map.of("email", " " + address)).status()).as(address).isEqualTo(429);
        }
    }

    @Test
    void aLinkToAnAccountSomeoneElseCreatedWithMyAddressNeverSignsMeIn() {
        var email = uniqueEmail("pre-claimed");
        // Someone else signs up first with my address and a password they know.
        assertThat(http.post("/api/v1/accounts", java.util.Map.of("email", email, "displayName", "Not Me",
                "password", "someone-elses-password")).status()).isEqualTo(202);
        var theirLink = linkIn(awaitMail(email, "Verify"));
        // I sign up in my browser with my address (already taken), ask for a new link, and open theirs.
        open("/signup");
        type("email", email);
        type("displayName", "Me Myself");
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
        awaitText("Check your mail");
        browser.findElement(By.cssSelector("form[action='/verify/resend'] button")).click();
        awaitText("a new link is on its way");
        browser.get(theirLink);
        awaitText("Your e-mail address is verified");
        assertThat(browser.findElements(By.cssSelector("a.me"))).isEmpty();
    }

    private String signUp(String name) {
        var email = uniqueEmail("onboarding");
        open("/signup");
        type("email", email);
        type("displayName", name);
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
        awaitText("Check your mail");
        return email;
    }

    private static long verificationMails(String email) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().startsWith("Verify");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }
}
