package org.muster.browser;

import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member always sees where they stand in missions and rewards, as they would use the pages: booked or
 * their place on the waitlist, why a slot or a reward cannot be taken, a question before withdrawing or
 * redeeming, My schedule soonest first with the check-in only once it opens, and merchandise sent to an
 * address that is erased once it is sent.
 */
class MemberStateBrowserTests extends BrowserTest {

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aMemberIsBookedIsToldTheirPlaceOnTheWaitlistAndCannotSignUpForAStartedSlot() {
        var staff = staff();
        var mission = shiftMission(staff, "Harbour welcome " + token);
        long open = slot(staff, mission, Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), 5, "Pier one");
        long full = slot(staff, mission, Instant.now().plus(Duration.ofDays(4)), 1, "Pier two");
        long started = slot(staff, mission, Instant.now().minus(Duration.ofMinutes(20)), 5, "Pier three");
        http.withToken(memberWithRole("member", "Early Bird")).post("/api/v1/slots/" + full + "/signups", Map.of());
        var email = uniqueEmail("waiter");
        verifiedMember(email, "Wanda Waiter");

        for (var width : List.of(1280, 390)) {
            if (width == 390) {
                browser.manage().window().setSize(new Dimension(390, 844));
                var again = uniqueEmail("phone");
                verifiedMember(again, "Phil Phone");
                email = again;
            }
            logInAs(email, PASSWORD);
            open("/missions/" + mission);
            var startedCell = browser.findElement(By.id("slot-" + started));
            assertThat(startedCell.getText()).contains("This slot started at", "sign-ups are closed");
            assertThat(startedCell.findElements(By.tagName("button"))).isEmpty();
            fitsTheScreen();

            browser.findElement(By.cssSelector("#slot-" + open + " button[type=submit]")).click();
            awaitText("You are booked. It is on My schedule.");
            assertThat(text()).contains("You are booked", "Starts in 3 days");

            open("/missions/" + mission);
            assertThat(browser.findElement(By.id("slot-" + open)).getText()).contains("You are booked");
            var waitlist = browser.findElement(By.cssSelector("#slot-" + full + " button[type=submit]"));
            assertThat(waitlist.getText()).isEqualTo("Join the waitlist");
            waitlist.click();
            awaitText("you are on the waitlist");
            assertThat(text()).contains(width == 1280 ? "You are 1st on the waitlist" : "You are 2nd on the waitlist");
            open("/missions");
            var listed = browser.findElement(By.xpath("//article[.//a[normalize-space()='Harbour welcome " + token + "']]"));
            assertThat(listed.getText()).contains("You are booked", "Starts in 3 days");
            fitsTheScreen();
        }
    }

    @Test
    void withdrawingAsksFirstAndSaysALateWithdrawalCountsAgainstReliability() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var staff = staff();
        var mission = shiftMission(staff, "Night market " + token);
        long soon = slot(staff, mission, Instant.now().plus(Duration.ofHours(10)), 3, "Market square");
        var email = uniqueEmail("withdrawer");
        var member = member(email, "Willem Withdraw");
        long signup = member.post("/api/v1/slots/" + soon + "/signups", Map.of()).json().get("id").asLong();

        logInAs(email, PASSWORD);
        open("/missions#schedule");
        var booking = browser.findElement(By.id("signup-" + signup));
        var yes = booking.findElement(By.xpath(".//button[normalize-space()='Yes, withdraw']"));
        assertThat(yes.isDisplayed()).isFalse();
        booking.findElement(By.xpath(".//summary[normalize-space()='Withdraw']")).click();
        assertThat(booking.getText()).contains("Withdraw from Night market " + token, "counts as a late withdrawal",
                "lowers your reliability");
        yes.click();
        awaitText("You withdrew. It was within a day of the start, so it counts as a late withdrawal.");
        assertThat(browser.findElement(By.id("signup-" + signup)).getText()).contains("You withdrew late");
        assertThat(member.get("/api/v1/me/signups").json().get(0).get("signup").get("status").asString()).isEqualTo("withdrawn");
    }

    @Test
    void myScheduleIsSoonestFirstWithPastOnesApartAndCheckInOnlyOnceItOpens() {
        var staff = staff();
        var mission = shiftMission(staff, "Museum guide " + token);
        var now = Instant.now();
        long later = slot(staff, mission, now.plus(Duration.ofDays(5)), 3, "West wing");
        long soon = slot(staff, mission, now.plus(Duration.ofMinutes(30)), 3, "East wing");
        long over = slot(staff, mission, now.plus(Duration.ofDays(8)), 3, "North wing");
        var email = uniqueEmail("planner");
        var member = member(email, "Pia Planner");
        var ids = new java.util.HashMap<Long, Long>();
        for (long slot : new long[]{later, soon, over})
            ids.put(slot, member.post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("id").asLong());
        // Over, but within the two hours' grace after which the attendance sweep would mark it a no-show meanwhile.
        db.sql("update mission_slots set starts_at = now() - interval '3 hours', ends_at = now() - interval '30 minutes' where id = :id")
                .param("id", over).update();

        for (var width : List.of(1280, 390)) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
            logInAs(email, PASSWORD);
            open("/missions#schedule");
            var bookings = browser.findElements(By.cssSelector(".booking")).stream().map(e -> e.getAttribute("id")).toList();
            assertThat(bookings).containsExactly("signup-" + ids.get(soon), "signup-" + ids.get(later), "signup-" + ids.get(over));
            assertThat(browser.findElement(By.id("past")).getText()).isEqualTo("Past");
            assertThat(browser.findElements(By.xpath("//h3[@id='past']/following-sibling::div[contains(@class, 'booking')]")).stream()
                    .map(e -> e.getAttribute("id")).toList()).containsExactly("signup-" + ids.get(over));

            var soonOne = browser.findElement(By.id("signup-" + ids.get(soon)));
            assertThat(soonOne.findElements(By.xpath(".//button[normalize-space()='Check in']"))).hasSize(1);
            assertThat(soonOne.getText()).contains("You are booked", "Starts in", "minutes").doesNotContain("Check-in opens");
            var laterOne = browser.findElement(By.id("signup-" + ids.get(later)));
            assertThat(laterOne.findElements(By.xpath(".//button[normalize-space()='Check in']"))).isEmpty();
            assertThat(laterOne.getText()).contains("Check-in opens an hour before the start", "Starts in 5 days");
            var overOne = browser.findElement(By.id("signup-" + ids.get(over)));
            assertThat(overOne.findElements(By.tagName("button"))).isEmpty();
            assertThat(overOne.getText()).contains("Over: you did not check in");
            fitsTheScreen();
        }
    }

    @Test
    void aTaskSaysWhereTheSubmissionStandsWithTheReasonOfARejectionAndAMissionNeedingARankSaysWhich() {
        var staff = staff();
        var program = staff.post("/api/v1/programs", Map.of("name", "Tasks " + token, "budget", 500)).json().get("slug").asString();
        var task = staff.post("/api/v1/missions", Map.of("program", program, "title", "Photograph the signs " + token,
                "description", "A photo of each new platform sign", "kind", "task", "rewardPoints", 10)).json().get("slug").asString();
        var panel = staff.post("/api/v1/missions", Map.of("program", program, "title", "Expert panel " + token,
                "description", "Review the new app", "kind", "task", "rewardPoints", 10, "minRank", "Expert")).json().get("slug").asString();
        var email = uniqueEmail("tasker");
        verifiedMember(email, "Tom Tasker");

        browser.manage().window().setSize(new Dimension(390, 844));
        logInAs(email, PASSWORD);
        open("/missions/" + task);
        type("body", "I photographed the signs on platforms 1 and 2.");
        browser.findElement(By.cssSelector("form[action$='/submissions'] button[type=submit]")).click();
        awaitText("Your proof was sent. Staff will review it.");
        assertThat(text()).contains("Your submission is waiting for review");
        long submission = db.sql("select s.id from mission_submissions s join missions m on m.id = s.mission_id where m.slug = :m")
                .param("m", task).query(Long.class).single();
        assertThat(staff.post("/api/v1/submissions/" + submission + "/review", Map.of("decision", "reject",
                "note", "The photo of platform 3 is missing.")).status()).isEqualTo(200);
        open("/missions/" + task);
        assertThat(browser.findElement(By.id("my-submissions")).getText())
                .contains("Your submission was rejected: The photo of platform 3 is missing.");

        open("/missions/" + panel);
        var submit = browser.findElement(By.xpath("//button[normalize-space()='Submit proof']"));
        assertThat(submit.isEnabled()).isFalse();
        var why = browser.findElement(By.id(submit.getAttribute("aria-describedby")));
        assertThat(why.getText()).contains("needs the rank Expert");
        assertThat(why.isDisplayed()).isTrue();
        fitsTheScreen();
    }

    @Test
    void aRewardOutOfReachSaysHowManyMorePointsAreNeededAndACodeCanBeCopied() {
        var admin = http.withToken(adminToken());
        var expensive = admin.post("/api/v1/rewards/items", Map.of("name", "Headphones " + token, "description", "Noise cancelling",
                "kind", "perk", "cost", 1000)).json().get("slug").asString();
        var codes = admin.post("/api/v1/rewards/items", Map.of("name", "Ten off " + token, "description", "In the shop",
                "kind", "discount-code", "cost", 25)).json().get("slug").asString();
        admin.post("/api/v1/rewards/items/" + codes + "/codes", Map.of("codes", "TEN-" + token));
        var email = uniqueEmail("saver");
        long id = verifiedMember(email, "Sam Saver");
        grant(id, 300);

        logInAs(email, PASSWORD);
        open("/rewards");
        var item = browser.findElement(By.id("item-" + expensive));
        var button = item.findElement(By.tagName("button"));
        assertThat(button.isEnabled()).isFalse();
        var why = browser.findElement(By.id(button.getAttribute("aria-describedby")));
        assertThat(why.getText()).isEqualTo("You need 700 more points");
        assertThat(why.isDisplayed()).isTrue();

        var code = browser.findElement(By.id("item-" + codes));
        code.findElement(By.xpath(".//summary[normalize-space()='Redeem']")).click();
        assertThat(code.getText()).contains("Redeem Ten off " + token + " for 25 points? You will have 275 points left.");
        code.findElement(By.xpath(".//button[normalize-space()='Yes, spend 25 points']")).click();
        awaitText("You redeemed Ten off " + token + " for 25 points.");
        var shown = browser.findElement(By.xpath("//code[normalize-space()='TEN-" + token + "']"));
        assertThat(shown.getCssValue("user-select")).isEqualTo("all");
        var copy = browser.findElement(By.cssSelector("button[data-copy='" + shown.getAttribute("id") + "']"));
        assertThat(copy.isDisplayed()).isTrue();
        assertThat(copy.getText()).isEqualTo("Copy");
        assertThat(http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(275);
    }

    @Test
    void merchandiseAsksForAnAddressShowsItToStaffUntilSentAndThenErasesIt() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var admin = http.withToken(adminToken());
        var hoodie = admin.post("/api/v1/rewards/items", Map.of("name", "Hoodie " + token, "description", "Grey, size M",
                "kind", "merchandise", "cost", 40, "stock", 3)).json().get("slug").asString();
        var email = uniqueEmail("hoodie");
        long id = verifiedMember(email, "Hanna Hoodie");
        grant(id, 100);

        logInAs(email, PASSWORD);
        open("/rewards");
        browser.findElement(By.cssSelector("#item-" + hoodie + " a.button")).click();
        awaitText("Where should we send it?");
        assertThat(text()).contains("Redeem Hoodie " + token + " for 40 points? You will have 60 points left.");
        type("city", "A");
        browser.findElement(By.cssSelector("form[action$='/redeem'] button[type=submit]")).click();
        awaitText("Please correct these 5 fields:");
        assertThat(browser.findElements(By.cssSelector(".error-summary li"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector(".field .error"))).hasSize(5);
        for (var field : List.of("name", "street", "postcode", "city", "country"))
            assertThat(browser.findElement(By.cssSelector("label[for=" + field + "]")).isDisplayed()).isTrue();
        type("name", "Hanna de Vries");
        type("street", "Damrak 1");
        type("postcode", "1012 LG");
        type("city", "Amsterdam");
        type("country", "Netherlands");
        fitsTheScreen();
        browser.findElement(By.cssSelector("form[action$='/redeem'] button[type=submit]")).click();
        awaitText("We will send it to the address you gave.");
        long redemption = db.sql("select r.id from redemptions r join reward_items i on i.id = r.item_id where i.slug = :s")
                .param("s", hoodie).query(Long.class).single();
        assertThat(db.sql("select street from shipping_addresses where redemption_id = :r").param("r", redemption)
                .query(String.class).single()).isEqualTo("Damrak 1");

        logInAs(memberEmailWithRole("staff"), PASSWORD);
        open("/rewards#to-send");
        var entry = browser.findElement(By.xpath("//h2[@id='to-send']/following-sibling::ul[1]/li[contains(., 'Hoodie " + token + "')]"));
        assertThat(entry.getText()).contains("Hanna de Vries", "Damrak 1", "1012 LG Amsterdam", "Netherlands");
        entry.findElement(By.xpath(".//button[normalize-space()='Mark sent']")).click();
        awaitText("Marked as sent; its shipping address is erased.");
        assertThat(text()).doesNotContain("Damrak 1");
        assertThat(db.sql("select count(*) from shipping_addresses where redemption_id = :r").param("r", redemption)
                .query(Integer.class).single()).isZero();
    }

    private Http staff() {
        return http.withToken(memberWithRole("staff", "State Staff"));
    }

    private String memberEmailWithRole(String role) {
        var email = uniqueEmail(role);
        memberFixture().create(email, "Fulfilment " + role, role);
        return email;
    }

    private Http member(String email, String name) {
        verifiedMember(email, name);
        return http.withToken(tokenFor(email, PASSWORD));
    }

    private void grant(long memberId, long points) {
        var granted = http.withToken(adminToken()).post("/api/v1/rewards/grants", Map.of("memberId", memberId, "points", points,
                "reason", "Thanks for helping", "key", "state-" + memberId));
        assertThat(granted.status()).isEqualTo(201);
    }

    private String shiftMission(Http staff, String title) {
        var program = staff.post("/api/v1/programs", Map.of("name", "State " + UUID.randomUUID().toString().substring(0, 8), "budget", 0))
                .json().get("slug").asString();
        return staff.post("/api/v1/missions", Map.of("program", program, "title", title, "description", "Help visitors find their way",
                "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
    }

    private long slot(Http staff, String mission, Instant start, int capacity, String place) {
        var made = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", place, "capacity", capacity));
        assertThat(made.status()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    /** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
    private void fitsTheScreen() {
        var overflow = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isFalse();
    }
}
