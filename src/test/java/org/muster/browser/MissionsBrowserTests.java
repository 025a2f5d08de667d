package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", in Chromium: staff publish a shift mission and a matching mission; one peer
 * signs up and another is matched with a customer; the first checks in with the code at the place;
 * staff verify; both are rewarded; a discount code is redeemed; the ledger balances.
 */
class MissionsBrowserTests extends BrowserTest {

    private final String token = "mb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void staffPublishPeersSignUpOrGetMatchedCheckInAreVerifiedRewardedAndRedeem() {
        var admin = http.withToken(adminToken());
        var staff = uniqueEmail("mstaff");
        admin.post("/api/v1/admin/members", Map.of("email", staff, "password", PASSWORD, "displayName", "Stella Staff", "role", "staff"));
        var shiftPeer = uniqueEmail("shiftpeer");
        verifiedMember(shiftPeer, "Sven Shift");
        var guide = uniqueEmail("guide");
        verifiedMember(guide, "Greta Guide");
        var traveller = uniqueEmail("traveller");
        verifiedMember(traveller, "Tara Traveller");
        var language = "Zeelandic-" + token;
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "15 % off " + token, "description", "In the shop",
                "kind", "discount-code", "cost", 25, "stock", 5)).json().get("slug").asString();
        admin.post("/api/v1/rewards/items/" + item + "/codes", Map.of("codes", "SAVE15-" + token + "\nSAVE15-B-" + token));

        logInAs(staff, PASSWORD);
        open("/missions/new");
        type("name", "Peer army " + token);
        type("budget", "500");
        browser.findElement(By.cssSelector("form[action='/programs'] button[type=submit]")).click();
        awaitText("Budget left (points)");
        open("/missions/new");
        publish("Station welcome " + token, "shift", "30");
        awaitText("Add a slot");
        var start = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        setValue(browser.findElement(By.id("startsAt")), start.toString());
        setValue(browser.findElement(By.name("endsAt")), start.plusHours(2).toString());
        type("place", "Central station, hall B");
        type("capacity", "3");
        browser.findElement(By.cssSelector("form[action$='/slots'] button[type=submit]")).click();
        awaitText("Central station, hall B");
        open("/missions/new");
        publish("Layover guides " + token, "match", "20");
        awaitText("Ask for a peer");

        logInAs(shiftPeer, PASSWORD);
        open("/missions/station-welcome-" + token);
        browser.findElement(By.cssSelector("form[action^='/slots/'] button[type=submit]")).click();
        awaitText("My schedule");
        assertThat(text()).contains("Station welcome " + token, "booked");

        logInAs(guide, PASSWORD);
        http.withToken(tokenFor(guide, PASSWORD)).patch("/api/v1/me", Map.of("displayName", "Greta Guide", "languages", List.of(language)));
        open("/peer-profile");
        type("interests", "museums, cycling");
        browser.findElement(By.cssSelector("form[action='/peer-profile'] button[type=submit]")).click();
        awaitText("Saved.");

        logInAs(traveller, PASSWORD);
        open("/missions/layover-guides-" + token + "/request");
        var when = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        setValue(browser.findElement(By.id("windowStart")), when.toString());
        setValue(browser.findElement(By.name("windowEnd")), when.plusHours(6).toString());
        type("place", "Schiphol airport");
        type("language", language);
        type("interests", "museums");
        browser.findElement(By.cssSelector("form[action$='/requests'] button[type=submit]")).click();
        awaitText("You will see who they are once they accept");
        var matchUrl = browser.getCurrentUrl();
        assertThat(text()).contains("peer asked", "A peer was asked: waiting for their answer", "speaks " + language)
                .doesNotContain("Greta Guide");

        logInAs(guide, PASSWORD);
        browser.get(matchUrl);
        assertThat(text()).contains("You were asked to help: accept or decline");
        click("Accept");
        awaitText("peer accepted");
        assertThat(text()).contains("You accepted: confirm the meeting");
        click("Confirm the meeting");
        awaitText("Confirmed by the requester …, by the peer ✓");
        type("body", "I will wait at the arrivals hall, meeting point sign.");
        click("Send");
        awaitText("meeting point sign");

        logInAs(traveller, PASSWORD);
        browser.get(matchUrl);
        assertThat(text()).contains("Greta Guide");
        click("Confirm the meeting");
        awaitText("confirmed");
        long request = Long.parseLong(matchUrl.replaceAll(".*/matches/(\\d+).*", "$1"));
        // The meeting is two days away; the test moves it to now rather than waiting.
        db.sql("update match_requests set window_start = now() - interval '1 hour' where id = :id").param("id", request).update();
        browser.get(matchUrl);
        click("We met");
        awaitText("How was it?");
        new Select(browser.findElement(By.id("stars"))).selectByValue("5");
        click("Rate");
        awaitText("Thank you for rating.");

        logInAs(staff, PASSWORD);
        open("/missions/station-welcome-" + token);
        browser.findElement(By.linkText("Roster")).click();
        awaitText("Sven Shift");
        var code = browser.findElement(By.id("check-in-code")).getText();

        logInAs(shiftPeer, PASSWORD);
        open("/missions");
        type(browser.findElement(By.cssSelector("input[name=code]")).getAttribute("id"), code);
        click("Check in");
        awaitText("Checked in");
        type(browser.findElement(By.cssSelector("input[name=code]")).getAttribute("id"), code);
        click("Check out");
        awaitText("Checked out");

        logInAs(staff, PASSWORD);
        open("/missions/station-welcome-" + token);
        browser.findElement(By.linkText("Roster")).click();
        awaitText("Sven Shift");
        click("Decide");
        awaitText("hours approved");

        logInAs(shiftPeer, PASSWORD);
        open("/rewards");
        awaitText("Shift: Station welcome " + token);
        browser.findElement(By.xpath("//li[contains(., '15 % off " + token + "')]//summary")).click();
        click("Yes, spend 25 points");
        awaitText("SAVE15-");
        assertThat(text()).contains("15 % off " + token);

        logInAs(guide, PASSWORD);
        open("/rewards");
        awaitText("Match: Layover guides " + token);
        assertThat(http.withToken(adminToken()).get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
    }

    private void publish(String title, String kind, String points) {
        type("title", title);
        type("description", "Help travellers find their way");
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        type("rewardPoints", points);
        browser.findElement(By.cssSelector("form[action='/missions'] button[type=submit]")).click();
    }

    private void click(String label) {
        browser.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    /** Date-time fields take their value as the browser's own widgets would give it. */
    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
