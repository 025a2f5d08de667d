package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights dashboard in Chromium: staff see charts drawn from the page's own numbers, the admin's
 * ticket import answers an empty file beside the field, members and moderators meet the refusal page and visitors the
 * sign-in. Screenshots land in target/screenshots/insights-*.png for people to look at.
 */
class InsightsBrowserTests extends BrowserTest {

    @Test
    void staffSeeChartsDrawnAndTheAdminsImportSaysWhatIsWrongBesideTheField() throws IOException {
        var today = LocalDate.now(ZoneOffset.UTC);
        var admin = http.withToken(adminToken());
        assertThat(admin.put("/api/v1/insights/help-desk-tickets", List.of(Map.of("week", today.minusWeeks(3).toString(), "tickets", 120),
                Map.of("week", today.minusWeeks(2).toString(), "tickets", 95), Map.of("week", today.minusWeeks(1).toString(), "tickets", 80)))
                .status()).isEqualTo(200);

        var staff = uniqueEmail("insights-staff");
        memberFixture().create(staff, "Insights staff", "staff");
        logInAs(staff, PASSWORD);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        open("/insights/help-desk?days=90");
        await(() -> !browser.findElements(By.cssSelector("#metric-help-desk-tickets .chart svg")).isEmpty());
        assertThat(text()).contains("Help-desk tickets beside community questions").contains("How it is counted");
        shoot("insights-staff-help-desk");
        open("/insights/help-desk?days=&from=2026-12-10&to=2026-12-01");
        awaitText("The last day must be on or after the first.");
        shoot("insights-staff-wrong-dates");
        open("/insights");
        awaitText("Support");
        shoot("insights-staff-support");

        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        open("/insights/help-desk");
        browser.findElement(By.cssSelector("form[action='/insights/help-desk/tickets'] button[type=submit]")).click();
        awaitText("Choose a CSV file with at least one week in it.");
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("Choose a CSV file");
        shoot("insights-admin-empty-import");

        var member = uniqueEmail("insights-member");
        memberFixture().create(member, "Insights member", "member");
        logInAs(member, PASSWORD);
        open("/insights");
        await(() -> !text().contains("How it is counted") && !text().isEmpty());
        assertThat(browser.findElements(By.cssSelector("form.insight-filters"))).isEmpty();
        shoot("insights-member");

        var moderator = uniqueEmail("insights-moderator");
        memberFixture().create(moderator, "Insights moderator", "moderator");
        logInAs(moderator, PASSWORD);
        open("/insights/support");
        awaitText("This needs the role staff or higher.");
        assertThat(browser.findElements(By.cssSelector("a[href='/insights']"))).isEmpty();

        browser.manage().deleteAllCookies();
        open("/insights");
        await(() -> browser.getCurrentUrl().endsWith("/login"));
        shoot("insights-visitor");
    }

    private void shoot(String name) throws IOException {
        var file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        var out = Path.of("target/screenshots");
        Files.createDirectories(out);
        Files.copy(file, out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
