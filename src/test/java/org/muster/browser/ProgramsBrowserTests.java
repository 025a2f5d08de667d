package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 5 in Chromium: a program's landing page recruits, disputes are resolved with a correction, partners work in their initiative. */
class ProgramsBrowserTests extends BrowserTest {

    private final String token = "pb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void aVisitorOpensTheLandingPageSignsUpAndLandsInTheFirstMission() {
        var staff = http.withToken(memberWithRole("staff", "Landing Staff"));
        var program = staff.post("/api/v1/programs", Map.of("name", "Station hosts " + token, "description",
                "Travellers find their way on every platform", "budget", 500)).json().get("slug").asString();
        var mission = staff.post("/api/v1/missions", Map.of("program", program, "title", "Welcome desk " + token, "description",
                "Point travellers to their train", "kind", "task", "rewardPoints", 25, "approval", "staff", "skills", List.of()))
                .json().get("slug").asString();
        staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Rail " + token, "kind", "transport", "goal", "No traveller lost"));
        staff.put("/api/v1/programs/" + program + "/published", Map.of("published", true));

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/join/" + program);
        awaitText("Station hosts " + token);
        assertThat(text()).contains("Welcome desk " + token, "25 points", "Rail " + token, "No traveller lost");
        var join = browser.findElement(By.cssSelector(".landing-join"));
        assertThat(join.isDisplayed()).isTrue();
        assertThat(join.getRect().getX() + join.getRect().getWidth()).as("the button fits a phone").isLessThanOrEqualTo(390);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.cssSelector(".landing-join")).click();
        var email = uniqueEmail("recruit");
        type("email", email);
        type("displayName", "Rene Recruit");
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
        awaitText("Check your mail");
        var link = linkIn(awaitMail(email, "Verify"));
        open(link.substring(link.indexOf("/verify")));
        awaitText("verified");
        if (!text().contains("Log out")) {
            browser.findElement(By.linkText("Log in")).click();
            type("email", email);
            type("password", PASSWORD);
            browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        }
        await(() -> browser.getCurrentUrl().endsWith("/missions/" + mission));
        awaitText("Welcome desk " + token);
        assertThat(text()).contains("Rene Recruit");
    }

    @Test
    void aMemberDisputesARejectedTaskStaffAcceptWithACorrectionAndTheMemberSeesTheHistoryAndBalance() {
        var staffEmail = uniqueEmail("dstaff");
        http.withToken(adminToken()).post("/api/v1/admin/members", Map.of("email", staffEmail, "password", PASSWORD,
                "displayName", "Stan Staff", "role", "staff"));
        var staff = new Http("http://localhost:" + port).withToken(tokenFor(staffEmail, PASSWORD));
        var program = staff.post("/api/v1/programs", Map.of("name", "Timetable checks " + token, "budget", 500)).json().get("slug").asString();
        var mission = staff.post("/api/v1/missions", Map.of("program", program, "title", "Check the posters " + token, "description",
                "Compare posters with the app", "kind", "task", "rewardPoints", 40, "approval", "staff", "skills", List.of()))
                .json().get("slug").asString();
        var memberEmail = uniqueEmail("disputer");
        long memberId = verifiedMember(memberEmail, "Dora Disputer");
        establish(memberId);
        var member = new Http("http://localhost:" + port).withToken(tokenFor(memberEmail, PASSWORD));
        long submission = member.post("/api/v1/missions/" + mission + "/submissions", Map.of("body", "All posters match, photos attached."))
                .json().get("id").asLong();
        staff.post("/api/v1/submissions/" + submission + "/review", Map.of("decision", "reject", "note", "No photos"));

        logInAs(memberEmail, PASSWORD);
        open("/missions#mine");
        browser.findElement(By.xpath("//summary[contains(., 'Disagree with this review')]")).click();
        type("dispute-task-review-" + submission, "The photos are in the link, the upload failed");
        browser.findElement(By.cssSelector("form[action='/disputes/task-review/" + submission + "'] button")).click();
        awaitText("Your dispute is with a person now");
        var disputePath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/disputes/"));

        logInAs(staffEmail, PASSWORD);
        open("/disputes");
        awaitText("Open disputes");
        browser.findElement(By.cssSelector("a[href='" + disputePath + "']")).click();
        awaitText("The photos are in the link");
        browser.findElement(By.cssSelector("input[name=decision][value=accept]")).click();
        type("resolution-reason", "The linked photos show every poster");
        browser.findElement(By.cssSelector("form[action$='/resolution'] button[type=submit]")).click();
        awaitText("Dispute accepted");

        logInAs(memberEmail, PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        open(disputePath);
        awaitText("Stan Staff accepted it");
        assertThat(text()).contains("Dora Disputer opened the dispute", "The photos are in the link", "The linked photos show every poster",
                "Correcting entry: 40 points to the member's balance");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390L);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open("/rewards");
        awaitText("Available points");
        assertThat(browser.findElement(By.xpath("//dt[.='Available points']/following-sibling::dd")).getText()).isEqualTo("40");
        open("/missions#mine");
        awaitText("Your dispute was accepted");
    }

    @Test
    void anInvitedPartnerAcceptsUpdatesTheirMilestonePostsAnUpdateAndSeesNothingElse() {
        var staffEmail = uniqueEmail("istaff");
        http.withToken(adminToken()).post("/api/v1/admin/members", Map.of("email", staffEmail, "password", PASSWORD,
                "displayName", "Iris Staff", "role", "staff"));
        var staff = new Http("http://localhost:" + port).withToken(tokenFor(staffEmail, PASSWORD));
        var program = staff.post("/api/v1/programs", Map.of("name", "Harbour hosts " + token, "description", "Every ferry met",
                "budget", 0)).json().get("slug").asString();
        long partner = staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Ferries " + token, "kind", "transport",
                "goal", "Every passenger welcomed")).json().get("id").asLong();
        staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "EUR", "amount", 50000, "toBudget", 30000,
                "key", "ferries-" + token));
        staff.post("/api/v1/programs/" + program + "/milestones", Map.of("title", "Hosts on every pier", "ownerPartnerId", partner));
        var other = staff.post("/api/v1/programs", Map.of("name", "Museum nights " + token, "budget", 0)).json().get("slug").asString();
        var partnerEmail = uniqueEmail("ferries");
        verifiedMember(partnerEmail, "Fenna Ferries");

        logInAs(staffEmail, PASSWORD);
        open("/programs/" + program);
        type("invite-" + partner, partnerEmail);
        browser.findElement(By.cssSelector("form[action='/partners/" + partner + "/invitations'] button")).click();
        awaitText("Invitation sent to " + partnerEmail);
        var link = linkIn(awaitMail(partnerEmail, "invited"));

        browser.manage().deleteAllCookies();
        open(link.substring(link.indexOf("/initiatives/")));
        awaitText("Sign up or log in first");
        browser.findElement(By.cssSelector("main a[href='/login']")).click();
        type("email", partnerEmail);
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        awaitText("Accept and open the initiative");
        browser.findElement(By.xpath("//button[.='Accept and open the initiative']")).click();
        awaitText("Welcome to the initiative Harbour hosts " + token);
        assertThat(text()).contains("Every passenger welcomed", "What your sponsorship funded", "€500.00", "€300.00");

        var milestone = browser.findElement(By.cssSelector("form[action*='/milestones/']"));
        milestone.findElement(By.name("note")).sendKeys("Six of eight piers staffed");
        milestone.findElement(By.name("done")).click();
        milestone.findElement(By.cssSelector("button")).click();
        awaitText("Milestone “Hosts on every pier” updated");
        assertThat(text()).contains("Six of eight piers staffed", "1 step of 1 done");

        type("update-body", "The **first ferry** was met today");
        browser.findElement(By.cssSelector("form[action$='/updates'] button")).click();
        awaitText("Your update is posted");
        assertThat(browser.findElement(By.cssSelector(".prose-html strong")).getText()).isEqualTo("first ferry");

        open("/initiatives/" + other);
        awaitText("Not found");
        open("/moderation");
        await(() -> text().contains("Not allowed") || text().contains("Not found"));
    }
}
