package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's forms as staff use them, in Chromium: a mission and its new program in one go, money as on a price
 * tag, the place picked by name, rank and badge from lists, every problem at once; points given from a form.
 */
class MissionFormsBrowserTests extends BrowserTest {

    private final String token = "mf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void staffPublishAMissionInANewProgramPickingThePlaceRankAndBadgeFromLists() {
        var staff = staffMember("Fenna Forms");
        var badge = http.withToken(adminToken()).post("/api/v1/badges", Map.of("name", "Ferry pilot " + token,
                "description", "Knows the harbour", "level", "bronze")).json().get("slug").asString();
        // The server reads its list of places on the first search; on a busy machine that outlasts a wait for the page.
        http.withToken(tokenFor(staff, PASSWORD)).get("/api/v1/places?name=ro");
        logInAs(staff, PASSWORD);
        open("/missions/new");
        new Select(browser.findElement(By.id("program"))).selectByValue("");
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
        awaitText("Please correct these");
        var summary = browser.findElement(By.cssSelector("form[action='/missions'] .error-summary")).getText();
        assertThat(summary).contains("Choose a program, or give the new program a name.", "A mission title has 5 to 120 characters.");
        assertThat(browser.findElement(By.cssSelector("#title ~ .error")).getText()).contains("A mission title has 5 to 120 characters.");

        type("programName", "Harbour hosts " + token);
        type("programBudget", "lots");
        type("programCashBudget", "12.345");
        type("title", "Ferry welcome " + token);
        type("rewardPoints", "25");
        type("rewardCash", "12,50");
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
        awaitText("Please correct these 4 fields");
        assertThat(browser.findElement(By.cssSelector(".new-program .amount ~ .error")).getText())
                .contains("Type an amount such as 12.50 EUR");
        assertThat(browser.findElement(By.cssSelector("fieldset .amount:has(#rewardCash) ~ .error")).getText())
                .contains("Type an amount such as 12.50 EUR");
        assertThat(browser.findElement(By.id("programBudget")).getAttribute("value")).isEqualTo("lots");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Ferry welcome " + token);

        type("programBudget", "500");
        type("programCashBudget", "100.00");
        type("rewardCash", "12.50");
        type("place", "Rotterd");
        awaitText("Rotterdam, South Holland, Netherlands");
        browser.findElement(By.xpath("//li[@role='option'][normalize-space()='Rotterdam, South Holland, Netherlands']")).click();
        assertThat(browser.findElement(By.id("latitude")).getAttribute("value")).startsWith("51.9");
        new Select(browser.findElement(By.id("minRank"))).selectByIndex(2);
        var rank = new Select(browser.findElement(By.id("minRank"))).getFirstSelectedOption().getText();
        new Select(browser.findElement(By.id("badge"))).selectByVisibleText("Ferry pilot " + token);
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
        awaitText("The mission 'Ferry welcome " + token + "' is published.");
        var mission = db.sql("select min_rank, badge, latitude, reward_cash, reward_currency from missions where slug = :s")
                .param("s", "ferry-welcome-" + token).query().singleRow();
        assertThat(mission.get("min_rank")).isEqualTo(rank);
        assertThat(mission.get("badge")).isEqualTo(badge);
        assertThat(((Number) mission.get("latitude")).doubleValue()).isBetween(51.9, 52.0);
        assertThat(((Number) mission.get("reward_cash")).longValue()).isEqualTo(1250);
        assertThat(mission.get("reward_currency")).isEqualTo("EUR");
        open("/programs/harbour-hosts-" + token);
        awaitText("Harbour hosts " + token);
        assertThat(text()).contains("€100.00", "500");
    }

    @Test
    void withoutTheListAPlaceNamedTwiceIsPickedFromTheMatchesAtPhoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var staff = staffMember("Pim Phone");
        var admin = http.withToken(adminToken());
        admin.post("/api/v1/programs", Map.of("name", "Phone program " + token, "budget", 100));
        logInAs(staff, PASSWORD);
        open("/missions/new");
        new Select(browser.findElement(By.id("program"))).selectByVisibleText("Phone program " + token);
        type("title", "Canal walk " + token);
        // Typed and sent at once, as without JavaScript: several towns are called Amsterdam.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('place').value = 'Amsterdam'");
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
        awaitText("Several places are called 'Amsterdam'");
        var choice = browser.findElement(By.xpath("//label[contains(., 'Amsterdam, North Holland, Netherlands')]/input"));
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        choice.click();
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
        awaitText("The mission 'Canal walk " + token + "' is published.");
        var latitude = db.sql("select latitude from missions where slug = :s").param("s", "canal-walk-" + token).query(Double.class).single();
        assertThat(latitude).isBetween(52.3, 52.4);
    }

    @Test
    void staffGivePointsToAMemberFoundByNameAndSeeTheLedgerEntry() {
        var staff = staffMember("Gerrit Giver");
        var member = uniqueEmail("receiver");
        verifiedMember(member, "Roos Receiver" + token);
        logInAs(staff, PASSWORD);
        open("/rewards");
        browser.findElement(By.linkText("Give or take points")).click();
        awaitText("Give or take points");
        browser.findElement(By.cssSelector("form[action='/rewards/grants'] button[type=submit]")).click();
        awaitText("Please correct these 3 fields");
        assertThat(browser.findElement(By.cssSelector("#member-hint ~ .error")).getText()).contains("Say which member");
        type("member", "Roos Receiver" + token.substring(0, 4));
        awaitText("Roos Receiver" + token);
        browser.findElement(By.cssSelector(".suggest-list [role=option]")).click();
        assertThat(browser.findElement(By.id("member")).getAttribute("value")).doesNotContain(" ");
        type("points", "75");
        type("reason", "Hosted the spring meetup");
        browser.findElement(By.cssSelector("form[action='/rewards/grants'] button[type=submit]")).click();
        awaitText("75 points given to Roos Receiver" + token + ".");
        var row = browser.findElement(By.xpath("//table//tr[td[contains(., 'Roos Receiver" + token + "')]]")).getText();
        assertThat(row).contains("+75", "Hosted the spring meetup", "Gerrit Giver");

        logInAs(member, PASSWORD);
        open("/rewards");
        awaitText("Hosted the spring meetup");
    }

    @Test
    void staffAddAPartnerItsContributionInEurosAndAMilestoneSeeingEveryProblemAtOnce() {
        var staff = staffMember("Piet Partners");
        var program = http.withToken(adminToken()).post("/api/v1/programs", Map.of("name", "Partner program " + token, "budget", 10))
                .json().get("slug").asString();
        logInAs(staff, PASSWORD);
        open("/programs/" + program);
        browser.findElement(By.cssSelector(".partner-form button[type=submit]")).click();
        awaitText("Please correct this field");
        assertThat(browser.findElement(By.cssSelector("#name ~ .error")).getText()).contains("Name the partner (2 to 120 characters).");
        type("name", "Harbour Ferries " + token);
        type("goal", "Every traveller finds the ferry");
        browser.findElement(By.cssSelector(".partner-form button[type=submit]")).click();
        awaitText("Harbour Ferries " + token + " is a partner of the program now.");

        type("currency-" + partnerId(), "EUR");
        type("amount-" + partnerId(), "-5");
        type("toBudget-" + partnerId(), "1e3");
        browser.findElement(By.cssSelector(".sponsor-form button[type=submit]")).click();
        awaitText("Please correct these 2 fields");
        assertThat(browser.findElement(By.id("amount")).getAttribute("value")).isEqualTo("-5");
        assertThat(browser.findElement(By.cssSelector("#amount + .error")).getText()).contains("Type an amount such as 12.50 EUR");
        type("amount", "250.00");
        type("toBudget", "100.50");
        browser.findElement(By.cssSelector(".sponsor-form button[type=submit]")).click();
        awaitText("The contribution of Harbour Ferries " + token + " is recorded.");
        assertThat(text()).contains("Sponsor pool: €149.50", "€100.50");

        browser.findElement(By.cssSelector(".milestone-form button[type=submit]")).click();
        awaitText("Please correct these 2 fields");
        assertThat(browser.findElement(By.cssSelector(".milestone-form .error-summary")).getText())
                .contains("Describe the milestone", "Name who owns the milestone");
        type("title", "Signs on every quay");
        type("owner", "Harbour Ferries");
        browser.findElement(By.cssSelector(".milestone-form button[type=submit]")).click();
        awaitText("The milestone 'Signs on every quay' is in the plan.");
    }

    private long partnerId() {
        return db.sql("select id from program_partners where name = :n").param("n", "Harbour Ferries " + token).query(Long.class).single();
    }

    private String staffMember(String name) {
        var email = uniqueEmail("formstaff");
        long id = verifiedMember(email, name);
        db.sql("update members set role = 'staff' where id = :id").param("id", id).update();
        return email;
    }
}
