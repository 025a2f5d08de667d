package org.muster.rewards;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff give and take points from a form and the API; members cannot; every change is listed with who and why. */
class StaffGrantTests extends IntegrationTest {

    @Test
    void aMemberCannotGiveOrTakePointsNorSeeWhoGotThem() {
        var memberEmail = uniqueEmail("nogrant");
        long memberId = verifiedMember(memberEmail, "Nora Nogrant");
        var member = http.withToken(tokenFor(memberEmail, PASSWORD));
        assertThat(member.post("/api/v1/rewards/grants", Map.of("memberId", memberId, "points", 50, "reason", "for myself",
                "key", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(member.post("/api/v1/rewards/deductions", Map.of("memberId", memberId, "points", 5, "reason", "no",
                "key", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/rewards/grants").status()).isEqualTo(403);
        var page = session(memberEmail);
        assertThat(page.get("/rewards/grants").status()).isEqualTo(403);
        assertThat(page.submit("/rewards", "/rewards/grants", Map.of("member", memberEmail, "direction", "grant", "points", "50",
                "reason", "for myself", "key", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/me/rewards").json().get("available").asLong()).isZero();
    }

    @Test
    void staffGiveAndTakeBackPointsFromTheFormOnceEachWithEveryProblemShownAtOnce() {
        var staffEmail = uniqueEmail("granter");
        long staffId = verifiedMember(staffEmail, "Greta Granter");
        db.sql("update members set role = 'staff' where id = :id").param("id", staffId).update();
        var memberEmail = uniqueEmail("grantee");
        long memberId = verifiedMember(memberEmail, "Gijs Grantee");
        var staff = session(staffEmail);

        var wrong = staff.submit("/rewards/grants", "/rewards/grants", Map.of("member", "nobody-" + UUID.randomUUID(),
                "direction", "grant", "points", "1e9", "reason", "", "key", "k"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Please correct these 3 fields", "No member is known as", "The number of points must be a whole number",
                "Give a reason (3 to 500 characters).", "value=\"1e9\"");

        var key = UUID.randomUUID().toString();
        var form = Map.of("member", memberEmail, "direction", "grant", "points", "120", "reason", "Organised the meetup", "key", key);
        assertThat(staff.submit("/rewards/grants", "/rewards/grants", form).status()).isEqualTo(302);
        assertThat(staff.submit("/rewards/grants", "/rewards/grants", form).status()).as("the same form twice pays once").isEqualTo(302);
        var listed = staff.get("/rewards/grants").body();
        assertThat(listed).contains("Gijs Grantee", "+120", "Organised the meetup", "Greta Granter");
        var member = http.withToken(tokenFor(memberEmail, PASSWORD));
        assertThat(member.get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(120);

        var tooMuch = staff.submit("/rewards/grants", "/rewards/grants", Map.of("member", memberEmail, "direction", "deduct",
                "points", "500", "reason", "Double counted", "key", UUID.randomUUID().toString()));
        assertThat(tooMuch.status()).isEqualTo(200);
        assertThat(tooMuch.body()).contains("Not enough points: the balance is 120.");
        assertThat(staff.submit("/rewards/grants", "/rewards/grants", Map.of("member", memberEmail, "direction", "deduct",
                "points", "20", "reason", "Double counted", "key", UUID.randomUUID().toString())).status()).isEqualTo(302);
        assertThat(member.get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(100);
        var grants = http.withToken(tokenFor(staffEmail, PASSWORD)).get("/api/v1/rewards/grants").json();
        assertThat(grants.get(0).get("memberId").asLong()).isEqualTo(memberId);
        assertThat(grants.get(0).get("points").asLong()).isEqualTo(-20);
        assertThat(grants.get(0).get("by").asString()).isEqualTo("Greta Granter");
    }

    private Http session(String email) {
        var page = new Http("http://localhost:" + port);
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        return page;
    }
}
