package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin sets the deflection weights as a person would, told beside the field what is wrong; with screenshots to look at. */
class DeflectionWeightsBrowserTests extends BrowserTest {

    @Test
    void anAdminSetsTheWeightsAndSeesTheFormulaWithThem() throws IOException {
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        await(() -> text().contains("Log out"));
        open("/insights/self-service/deflection");
        awaitText("Tickets deflected: weights");
        type("community", "250");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText("A weight is a whole number from 0 to 100.");
        assertThat(browser.findElement(By.id("community-error")).getText()).isEqualTo("A weight is a whole number from 0 to 100.");
        screenshot("deflection-weights-refused");

        type("selfService", "45");
        type("community", "55");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText("45 % \u00d7 self-service successes + 55 %");
        screenshot("deflection-weights-saved");
    }

    private void screenshot(String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
