package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: an admin finds members by trust level and sees when each was last seen, on a laptop and a phone. */
class MemberListBrowserTests extends BrowserTest {

    private final String token = "mb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void anAdminFiltersMembersByTrustLevelAndSeesLastSeen() {
        var regularEmail = uniqueEmail("regular");
        long regular = verifiedMember(regularEmail, "Rosa Regular " + token);
        db.sql("update members set trust_level = 3 where id = :id").param("id", regular).update();
        verifiedMember(uniqueEmail("fresh"), "Finn Fresh " + token);
        logInAs(regularEmail, PASSWORD);

        logInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (var width : new int[]{1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open("/admin/members");
            type("q", token);
            new Select(browser.findElement(By.id("trust"))).selectByValue("3");
            new Select(browser.findElement(By.id("sort"))).selectByValue("last-seen");
            browser.findElement(By.cssSelector("form.member-filters button[type=submit]")).click();
            awaitText("Rosa Regular " + token);
            assertThat(text()).doesNotContain("Finn Fresh");
            var row = browser.findElement(By.xpath("//tr[contains(., 'Rosa Regular " + token + "')]"));
            assertThat(row.getText()).contains("3 · regular");
            var seen = row.findElement(By.xpath("td[3]/time"));
            assertThat(seen.getAttribute("datetime")).isNotBlank();
            assertThat(new Select(browser.findElement(By.id("trust"))).getFirstSelectedOption().getText()).isEqualTo("3 · regular");
            if (width == 390)
                assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                        .isLessThanOrEqualTo(390L);
        }
    }
}
