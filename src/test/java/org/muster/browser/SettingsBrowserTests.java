package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: admins' settings are grouped and explained, every input has a visible label, and bad values are named beside their fields. */
class SettingsBrowserTests extends BrowserTest {

    @Test
    void everySettingsInputHasAVisibleLabelAndAnExplanation() {
        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        // Labels are looked up, not waited for: a missing one is the failure this test is for.
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        for (var page : List.of("/admin/moderation", "/admin/support")) {
            open(page);
            var inputs = browser.findElements(By.cssSelector("main input:not([type=hidden]), main select, main textarea"));
            assertThat(inputs).as(page).isNotEmpty();
            for (var input : inputs) assertThat(visibleLabel(input)).as(page + " " + input.getAttribute("name")).isNotBlank();
        }
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(3));
        open("/admin/moderation");
        assertThat(browser.findElements(By.cssSelector("fieldset legend")).stream().map(WebElement::getText))
                .contains("Trust level 1: basic", "Posting limits", "Spam and flags");
        var flags = browser.findElement(By.id("flagsToHide")).findElement(By.xpath(".."));
        assertThat(flags.getText()).contains("Flags on a post add up to this weight", "Now 3; default 3.");
    }

    @Test
    void badValuesAreAllNamedBesideTheirFieldsAndAGoodOneIsSaved() {
        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        open("/admin/moderation");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('level1Reads').type = 'text'; document.getElementById('level1Reads').value = 'many';"
                        + "document.getElementById('level2Reads').type = 'text'; document.getElementById('level2Reads').value = 'lots';");
        browser.findElement(By.cssSelector("form.settings button[type=submit]")).click();
        awaitText("Please correct");
        assertThat(browser.findElement(By.id("level1Reads")).findElement(By.xpath("..")).getText())
                .contains("Give a whole number from 0 to 100,000 for Level 1: questions read.");
        assertThat(browser.findElement(By.id("level2Reads")).findElement(By.xpath("..")).getText())
                .contains("Give a whole number from 0 to 100,000 for Level 2: questions read.");

        open("/admin/moderation");
        type("flagsToHide", "4");
        browser.findElement(By.cssSelector("form.settings button[type=submit]")).click();
        awaitText("The moderation settings are saved.");
        assertThat(browser.findElement(By.id("flagsToHide")).findElement(By.xpath("..")).getText()).contains("Now 4; default 3.");
        type("flagsToHide", "3");
        browser.findElement(By.cssSelector("form.settings button[type=submit]")).click();
        awaitText("The moderation settings are saved.");
    }

    /** The text of the label that names this input: by its id, or around it. */
    private String visibleLabel(WebElement input) {
        var id = input.getAttribute("id");
        var labels = id == null || id.isEmpty() ? List.<WebElement>of() : browser.findElements(By.cssSelector("label[for='" + id + "']"));
        if (!labels.isEmpty() && labels.getFirst().isDisplayed()) return labels.getFirst().getText();
        var around = input.findElements(By.xpath("ancestor::label"));
        return around.isEmpty() || !around.getFirst().isDisplayed() ? "" : around.getFirst().getText();
    }
}
