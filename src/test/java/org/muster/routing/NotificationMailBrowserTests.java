package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail settings page and the unsubscribe page as a person uses them, with screenshots to look at. */
class NotificationMailBrowserTests extends BrowserTest {

    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Notifications notifications;

    @Test
    void aMemberSetsQuietHoursAndIsToldBesideTheFieldWhatIsMissing() throws IOException {
        var email = uniqueEmail("quiet");
        verifiedMember(email, "Quiet Browser");
        logIn(email, PASSWORD);
        await(() -> text().contains("Log out"));
        open("/settings/notifications/mail");
        pickTime("quietHoursStart", "22:00");
        new Select(browser.findElement(By.id("digestHour"))).selectByValue("7");
        browser.findElement(By.cssSelector("form[action='/settings/notifications/mail'] button[type=submit]")).click();
        awaitText("Give both the start and the end");
        assertThat(browser.findElement(By.id("quietHoursEnd-error")).getText()).contains("Give both the start and the end");
        screenshot("mail-settings-refused");

        pickTime("quietHoursEnd", "07:00");
        browser.findElement(By.cssSelector("form[action='/settings/notifications/mail'] button[type=submit]")).click();
        awaitText("Saved.");
        assertThat(browser.findElement(By.id("quietHoursStart")).getAttribute("value")).isEqualTo("22:00");
        screenshot("mail-settings-saved");
    }

    @Test
    void aReaderWhoIsNotSignedInConfirmsTheUnsubscribeWithOneClick() throws IOException {
        var email = uniqueEmail("leaving");
        long memberId = verifiedMember(email, "Leaving Browser");
        open("/unsubscribe/" + links.token(memberId, NotificationKind.MENTION));
        awaitText("Turn off “Mentions”?");
        screenshot("unsubscribe-confirm");
        assertThat(notifications.setting(memberId, NotificationKind.MENTION)).isEqualTo(NotificationSetting.EMAIL);

        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText("Done: “Mentions” is turned off.");
        screenshot("unsubscribe-done");
        assertThat(notifications.setting(memberId, NotificationKind.MENTION)).isEqualTo(NotificationSetting.OFF);
    }

    /** As the time picker sets it: typing into it depends on the browser's locale (12 or 24 hours). */
    private void pickTime(String id, String time) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, time);
    }

    private void screenshot(String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name.toLowerCase(Locale.ROOT) + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
