package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTests extends IntegrationTest {

    private Map<String, Object> profile(Map<String, String> availability) {
        return Map.of("displayName", "Grace H", "bio", "Sailor", "city", "Rotterdam", "timeZone", "Europe/Amsterdam",
                "skills", List.of("photography", "bike repair", "photography"), "languages", List.of("Dutch", "English"),
                "availability", availability);
    }

    @Test
    void aMemberEditsTheProfileAndOthersSeeOnlyThePublicPart() {
        var email = uniqueEmail("grace");
        long id = verifiedMember(email, "Grace");
        var me = http.withToken(tokenFor(email, PASSWORD));
        var edited = me.patch("/api/v1/me", profile(Map.of("MONDAY", "09:00-12:00, 18:30-21:00", "SATURDAY", "10:00-16:00")));
        assertThat(edited.status()).isEqualTo(200);
        var json = edited.json();
        assertThat(json.get("skills").valueStream().map(s -> s.asString()).toList()).containsExactly("photography", "bike repair");
        assertThat(json.get("availability").get("MONDAY").asString()).isEqualTo("09:00-12:00, 18:30-21:00");
        assertThat(json.get("timeZone").asString()).isEqualTo("Europe/Amsterdam");

        var seenByVisitor = http.get("/api/v1/members/" + id).json();
        assertThat(seenByVisitor.get("city").asString()).isEqualTo("Rotterdam");
        assertThat(seenByVisitor.get("email").isNull()).isTrue();
        assertThat(seenByVisitor.get("availability").isNull()).isTrue();

        var page = http.get("/members/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Grace H", "Rotterdam", "bike repair").doesNotContain(email).doesNotContain("18:30");
    }

    @Test
    void overlappingOrMalformedAvailabilityIsRefusedNamingTheDay() {
        var email = uniqueEmail("bad");
        verifiedMember(email, "Bad");
        var me = http.withToken(tokenFor(email, PASSWORD));
        var overlap = me.patch("/api/v1/me", profile(Map.of("TUESDAY", "09:00-12:00, 11:00-13:00")));
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.json().get("field").asString()).isEqualTo("availability[TUESDAY]");
        var malformed = me.patch("/api/v1/me", profile(Map.of("FRIDAY", "morning")));
        assertThat(malformed.json().get("field").asString()).isEqualTo("availability[FRIDAY]");
        assertThat(me.get("/api/v1/me").json().get("city").asString()).isEmpty();
    }

    @Test
    void unknownTimeZoneIsRefused() {
        var email = uniqueEmail("tz");
        verifiedMember(email, "Tz");
        var response = http.withToken(tokenFor(email, PASSWORD)).patch("/api/v1/me",
                Map.of("displayName", "Tz", "timeZone", "Mars/Olympus"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("timeZone");
    }

    @Test
    void membersCannotOpenAnotherMembersProfileForm() {
        var owner = uniqueEmail("owner");
        long ownerId = verifiedMember(owner, "Owner");
        var intruder = uniqueEmail("intruder");
        verifiedMember(intruder, "Intruder");
        var login = http.submit("/login", "/login", Map.of("email", intruder, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        assertThat(http.get("/members/" + ownerId + "/edit").status()).isEqualTo(403);
    }

    @Test
    void avatarIsAnSvgWithTheInitials() {
        var email = uniqueEmail("ava");
        long id = verifiedMember(email, "Ada Lovelace");
        var avatar = http.get("/members/" + id + "/avatar.svg");
        assertThat(avatar.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(avatar.body()).contains(">AL</text>");
    }

    @Test
    void initialsOfAScriptWithoutCaseAndOfEmoji() {
        assertThat(Avatar.initials("李 小龙")).isEqualTo("李小");
        assertThat(Avatar.initials("🙂 Happy")).isEqualTo("🙂H");
        assertThat(Avatar.svg(1, "<script>")).doesNotContain("<script>");
    }
}
