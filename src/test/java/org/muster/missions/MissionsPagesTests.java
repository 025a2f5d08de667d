package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every missions page works without JavaScript, for staff, members and visitors, with refusals beside their fields. */
class MissionsPagesTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffPublishWithFormsAndMembersTakePartWithoutJavaScript() {
        var staffEmail = uniqueEmail("pstaff");
        long staffId = verifiedMember(staffEmail, "Page Staff");
        db.sql("update members set role = 'staff' where id = :id").param("id", staffId).update();
        var staff = session(staffEmail);

        var badProgram = staff.submit("/missions/new", "/programs", Map.of("name", "Guides " + token, "budget", "lots"));
        assertThat(badProgram.status()).isEqualTo(200);
        assertThat(badProgram.body()).contains("The budget in points must be a whole number");
        assertThat(staff.submit("/missions/new", "/programs", Map.of("name", "Guides " + token, "budget", "200",
                "cashBudget", "", "currency", "")).status()).isEqualTo(302);
        var program = "guides-" + token;
        assertThat(staff.get("/programs/" + program).body()).contains("Guides " + token, "Budget left (points)");

        var tooRich = staff.submit("/missions/new", "/missions", form(program, "Welcome desk " + token, "shift", "900"));
        assertThat(tooRich.status()).isEqualTo(200);
        assertThat(tooRich.body()).contains("more than the program&#39;s budget has left (200)");
        assertThat(staff.submit("/missions/new", "/missions", form(program, "Welcome desk " + token, "shift", "30")).status())
                .isEqualTo(302);
        var shift = "welcome-desk-" + token;
        var start = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        var badSlot = staff.submit("/missions/" + shift, "/missions/" + shift + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(), "place", "Hall B", "capacity", "many"));
        assertThat(badSlot.body()).contains("The capacity must be a whole number");
        staff.submit("/missions/" + shift, "/missions/" + shift + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(), "place", "Hall B", "capacity", "4", "optInUntil", ""));
        assertThat(staff.submit("/missions/new", "/missions", form(program, "Layover buddies " + token, "match", "20")).status())
                .isEqualTo(302);

        var memberEmail = uniqueEmail("pmember");
        verifiedMember(memberEmail, "Page Member");
        var member = session(memberEmail);
        var missionPage = member.get("/missions/" + shift).body();
        assertThat(missionPage).contains("Hall B", "4 places left");
        long slotId = Long.parseLong(find(missionPage, "/slots/(\\d+)/signups"));
        assertThat(member.submit("/missions/" + shift, "/slots/" + slotId + "/signups", Map.of("partySize", "1")).status()).isEqualTo(302);
        var schedule = member.get("/missions").body();
        assertThat(schedule).contains("My schedule", "Welcome desk " + token, "Hall B", "booked", "Reliability 100 % (new)");

        var roster = staff.get("/slots/" + slotId).body();
        assertThat(roster).contains("Page Member", "Check-in code to show at the place:");
        var code = find(roster, "id=\"check-in-code\">([A-Z0-9]{6})<");
        db.sql("update mission_slots set starts_at = now() + interval '10 minutes' where id = :id").param("id", slotId).update();
        // The check-in is offered only once it opens, an hour before the start.
        assertThat(schedule).doesNotContain("/check-in").contains("Check-in opens an hour before the start");
        long signup = Long.parseLong(find(member.get("/missions").body(), "/signups/(\\d+)/check-in"));
        member.submit("/missions", "/signups/" + signup + "/check-in", Map.of("code", "WRONG1"));
        assertThat(member.get("/missions").body()).contains("That is not the code shown at the place.");
        member.submit("/missions", "/signups/" + signup + "/check-in", Map.of("code", code));
        assertThat(member.get("/missions").body()).contains("Checked in");
        member.submit("/missions", "/signups/" + signup + "/check-out", Map.of("code", code));
        staff.submit("/slots/" + slotId, "/signups/" + signup + "/hours", Map.of("decision", "approve", "slot", String.valueOf(slotId)));
        assertThat(staff.get("/slots/" + slotId).body()).contains("hours approved");
        assertThat(member.get("/rewards").body()).contains("Shift: Welcome desk " + token);

        var badProfile = member.submit("/peer-profile", "/peer-profile", Map.of("latitude", "52.3", "longitude", "4.9",
                "travelKm", "25", "interests", "museums", "availability", "Someday 9-5", "matching", "true"));
        assertThat(badProfile.body()).contains("Write weekly hours like");
        assertThat(member.submit("/peer-profile", "/peer-profile", Map.of("latitude", "52.3", "longitude", "4.9", "travelKm", "25",
                "interests", "museums", "availability", "Mon 09:00-17:00, Sat 10:00-14:00", "matching", "true")).status()).isEqualTo(302);
        assertThat(member.get("/peer-profile").body()).contains("Mon 09:00-17:00, Sat 10:00-14:00");

        var visitor = new Http("http://localhost:" + port);
        var match = "layover-buddies-" + token;
        var when = LocalDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        var refused = visitor.submit("/missions/" + match + "/request", "/missions/" + match + "/requests", Map.of("name", "Vic Visitor",
                "email", "not-an-address", "windowStart", when.toString(), "windowEnd", when.plusHours(4).toString(), "place", "Schiphol",
                "zone", "UTC"));
        assertThat(refused.body()).contains("Enter an e-mail address");
        var sent = visitor.submit("/missions/" + match + "/request", "/missions/" + match + "/requests", Map.of("name", "Vic Visitor",
                "email", "vic-" + token + "@visitor.test", "windowStart", when.toString(), "windowEnd", when.plusHours(4).toString(),
                "place", "Schiphol", "zone", "UTC", "interests", "museums"));
        assertThat(sent.status()).isEqualTo(302);
        var location = sent.header("Location");
        assertThat(location).contains("/matches/").contains("?key=mk_");
        var matchPage = visitor.get(location.substring(location.indexOf("/matches/"))).body();
        assertThat(matchPage).contains("Layover buddies " + token, "Schiphol", "Cancel the request");
        assertThat(visitor.get(location.substring(location.indexOf("/matches/"), location.indexOf("?"))).status()).isEqualTo(404);
        assertThat(staff.get("/missions/" + match).body()).contains("Vic Visitor · Schiphol");

        assertThat(member.get("/programs/" + program).body()).contains("Guides " + token).doesNotContain("Budget left");

        assertThat(staff.submit("/missions/new", "/missions", form(program, "Photo of the poster " + token, "task", "5")).status())
                .isEqualTo(302);
        var task = "photo-of-the-poster-" + token;
        var notAnImage = member.submitWithFile("/missions/" + task, "/missions/" + task + "/submissions",
                Map.of("body", "Poster is up at the library", "link", ""), "image", "poster.png", "<html>not a picture</html>".getBytes());
        assertThat(notAnImage.status()).isEqualTo(200);
        assertThat(notAnImage.body()).contains("Upload a PNG, JPEG, GIF or WebP image.", "Poster is up at the library");
        assertThat(member.submitWithFile("/missions/" + task, "/missions/" + task + "/submissions",
                Map.of("body", "Poster is up at the library", "link", ""), "image", "poster.png", PNG).status()).isEqualTo(302);
        var review = staff.get("/missions/review").body();
        var image = "/submissions/" + find(review, "/submissions/(\\d+)/image\"[^>]*>\\s*<img") + "/image";
        var served = staff.get(image);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(member.get(image).status()).isEqualTo(200);
        var stranger = uniqueEmail("pstranger");
        verifiedMember(stranger, "Page Stranger");
        assertThat(session(stranger).get(image).status()).isEqualTo(404);
        assertThat(staff.get("/rewards").body()).contains("Payout batches", "Merchandise to send");
        assertThat(member.get("/missions/new").status()).isEqualTo(403);
    }

    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Map<String, String> form(String program, String title, String kind, String points) {
        return Map.ofEntries(Map.entry("program", program), Map.entry("title", title), Map.entry("description", "Help travellers"),
                Map.entry("kind", kind), Map.entry("rewardPoints", points), Map.entry("approval", "staff"), Map.entry("rewardCash", ""),
                Map.entry("rewardCurrency", ""), Map.entry("perMemberLimit", ""), Map.entry("perWeekLimit", ""),
                Map.entry("startsAt", ""), Map.entry("endsAt", ""), Map.entry("challengeTarget", ""), Map.entry("latitude", ""),
                Map.entry("longitude", ""));
    }

    private Http session(String email) {
        var page = new Http("http://localhost:" + port);
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        return page;
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("no match for " + regex).isTrue();
        return m.group(1);
    }
}
