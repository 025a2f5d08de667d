package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A program's public landing page, and the way back from sign-up and log-in to its first mission, never to another site. */
class ProgramLandingTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void anUnpublishedProgramIsNotFoundForVisitorsAndMembersAndAPublishedOneShowsWhatItOffers() {
        var staff = http.withToken(memberWithRole("staff", "Landing Staff"));
        var program = staff.post("/api/v1/programs", Map.of("name", "Station hosts " + token, "description",
                "Travellers find their way on every platform", "budget", 500)).json().get("slug").asString();
        staff.post("/api/v1/missions", Map.of("program", program, "title", "Welcome desk " + token, "description",
                "Point travellers to their train", "kind", "task", "rewardPoints", 25, "approval", "staff", "skills", List.of()));
        staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Rail " + token, "kind", "transport",
                "goal", "No traveller lost"));
        staff.post("/api/v1/programs/" + program + "/milestones", Map.of("title", "First ten hosts", "owner", "Rail " + token));
        var member = new Http("http://localhost:" + port).withToken(memberWithRole("member", "Curious Member"));

        assertThat(http.get("/join/" + program).status()).isEqualTo(404);
        assertThat(member.get("/join/" + program).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/programs/" + program + "/landing").status()).isEqualTo(404);
        assertThat(staff.get("/join/" + program).body()).contains("Only staff see this page");
        assertThat(member.put("/api/v1/programs/" + program + "/published", Map.of("published", true)).status()).isEqualTo(403);

        assertThat(staff.put("/api/v1/programs/" + program + "/published", Map.of("published", true)).json().get("published").asBoolean())
                .isTrue();
        var page = http.get("/join/" + program);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Station hosts " + token, "Travellers find their way on every platform",
                "Welcome desk " + token, "25 points", "Rail " + token, "No traveller lost", "First ten hosts", "No step of 1 done",
                "/signup?next=/missions/welcome-desk-" + token).doesNotContain("Only staff see this page");
        assertThat(http.get("/api/v1/programs/" + program + "/landing").json().get("missions").get(0).get("rewardPoints").asLong())
                .isEqualTo(25);
        assertThat(db.sql("select count(*) from domain_events where type = 'ProgramPublished' and (payload ->> 'published')::boolean")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void loggingInAfterComingFromALandingPageReturnsToTheMission() {
        var email = uniqueEmail("landing");
        verifiedMember(email, "Returning Rita");
        var browser = new Http("http://localhost:" + port);
        browser.get("/signup?next=/missions/welcome-desk-" + token);
        var login = browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/missions/welcome-desk-" + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/login", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "/\r\nLocation: https://evil.example", "http:/evil.example", " /missions"})
    void aReturnPathThatLeavesTheSiteIsIgnored(String next) {
        var email = uniqueEmail("redirect");
        verifiedMember(email, "Careful Carl");
        var browser = new Http("http://localhost:" + port);
        browser.get("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        var login = browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        var location = login.header("Location");
        assertThat(location).doesNotContain("evil.example").doesNotContain("javascript");
        assertThat(java.net.URI.create(location).getPath()).isEqualTo("/");
        var loggedIn = browser.get("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(loggedIn.header("Location")).as("a member already logged in is not sent away either").doesNotContain("evil.example")
                .endsWith("/");
    }
}
