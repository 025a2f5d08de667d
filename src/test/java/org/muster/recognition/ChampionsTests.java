package org.muster.recognition;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The champions program, superfans found by skill and city, and badges earned by admins' rules. */
class ChampionsTests extends IntegrationTest {

    @Autowired
    ChampionsProgram program;

    private Http admin;
    private Http staff;
    private String space;
    private final String token = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @BeforeEach
    void space() {
        admin = http.withToken(adminToken());
        staff = http.withToken(memberWithRole("staff", "Stan Staff"));
        space = "cha-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Champions " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "billing")))));
    }

    @Test
    void staffNominateApproveAndEndATermAndChampionsAreVerifiedExpertsInTheirTags() {
        var fan = person("Fiona Fan");
        assertThat(staff.post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Answers every router question"))
                .status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Again")).status()).isEqualTo(409);
        assertThat(fan.http().post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Me please")).status())
                .isEqualTo(403);
        long term = termOf(fan.id(), "nominated");
        assertThat(staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 40, "tags", List.of("router")))
                .json().get("errors").toString()).contains("months");
        var approved = staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 12, "tags", List.of("router")));
        assertThat(approved.json().get("status").asString()).isEqualTo("active");
        assertThat(fan.http().get("/api/v1/me").json().get("role").asString()).isEqualTo("champion");
        assertThat(new Http("http://localhost:" + port).get("/api/v1/champions").body()).contains("\"memberId\":" + fan.id());
        assertThat(awaitMail(fan.email(), "Welcome to the champions program")).contains("router");

        long question = fan.http().post("/api/v1/questions", Map.of("space", space, "title", "Best router channel for old laptops " + token,
                "tags", List.of("router"), "body", "Channel 1, 6 or 11 on 2.4 GHz works with the oldest laptops.")).json().get("id").asLong();
        assertThat(new Http("http://localhost:" + port).get("/questions/" + question).body()).contains("verified expert");
        assertThat(fan.http().get("/api/v1/moderation/queue").status()).isEqualTo(200);

        db.sql("update champion_terms set ends_at = now() + interval '10 days' where id = :id").param("id", term).update();
        program.remindAndEnd();
        assertThat(awaitMail(fan.email(), "Your champion term ends soon")).contains("ends on");
        db.sql("update champion_terms set ends_at = now() - interval '1 minute' where id = :id").param("id", term).update();
        program.remindAndEnd();
        assertThat(fan.http().get("/api/v1/me").json().get("role").asString()).isEqualTo("member");
        assertThat(staff.get("/api/v1/champions/terms").body()).contains("\"status\":\"ended\"", "term ended");
        assertThat(db.sql("select type from domain_events where payload->>'termId' = :term order by id")
                .param("term", Long.toString(term)).query(String.class).list())
                .containsExactly("ChampionNominated", "ChampionTermGranted", "ChampionTermReminded", "ChampionTermEnded");
    }

    @Test
    void anAdminsChangeOfAChampionsTagsMovesTheirVerifiedExpertLabelAndTheirReviewItemsAlike() {
        var fan = person("Rhea Router");
        staff.post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Knows routers and bills"));
        long term = termOf(fan.id(), "nominated");
        staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 12, "tags", List.of("router")));
        var asker = person("Tagged asker");
        var flagger = person("Tag flagger");
        long router = asker.http().post("/api/v1/questions", Map.of("space", space, "title", "Router drops the guest network " + token,
                "tags", List.of("router"), "body", "The guest network disappears every evening.")).json().get("id").asLong();
        long billing = asker.http().post("/api/v1/questions", Map.of("space", space, "title", "Invoice shows the old plan " + token,
                "tags", List.of("billing"), "body", "My invoice still shows last year's plan.")).json().get("id").asLong();
        for (long question : List.of(router, billing)) {
            fan.http().post("/api/v1/questions/" + question + "/answers", Map.of("body", "Restart it after the update and check again."));
            flagger.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "off-topic"));
        }
        // A signed-in reader: visitors' pages are cached for a short while.
        var reader = person("Tag reader").http();
        assertThat(reader.get("/questions/" + router).body()).contains("verified expert");
        assertThat(reader.get("/questions/" + billing).body()).doesNotContain("verified expert");
        assertThat(queuedPosts(fan.http())).contains(router).doesNotContain(billing);

        assertThat(admin.put("/api/v1/moderation/champions/" + fan.id() + "/tags", List.of("billing")).status()).isEqualTo(200);

        assertThat(reader.get("/questions/" + router).body()).doesNotContain("verified expert");
        assertThat(reader.get("/questions/" + billing).body()).contains("verified expert");
        assertThat(queuedPosts(fan.http())).contains(billing).doesNotContain(router);
        assertThat(reader.get("/api/v1/members/" + fan.id() + "/recognition").json().get("championTags").toString())
                .isEqualTo("[\"billing\"]");
        assertThat(staff.get("/api/v1/champions/terms").json().valueStream().filter(t -> t.get("id").asLong() == term)
                .findFirst().orElseThrow().get("tags").toString()).isEqualTo("[\"billing\"]");
    }

    @Test
    void staffFindSuperfansBySkillAndCityAndNominateThem() {
        var fan = person("Sam Superfan");
        fan.http().patch("/api/v1/me", Map.of("displayName", "Sam Superfan", "city", "Utrecht " + token, "skills", List.of("soldering", "mesh networks"),
                "languages", List.of("Dutch", "English")));
        fan.http().put("/api/v1/me/motivation", Map.of("motivation", "doing-good"));
        assertThat(fan.http().put("/api/v1/me/motivation", Map.of("motivation", "fame")).status()).isEqualTo(400);
        var asker = person("Superfan asker");
        long question = asker.http().post("/api/v1/questions", Map.of("space", space, "title", "Mesh satellite keeps blinking red " + token,
                "tags", List.of("router"), "body", "The satellite blinks red after every firmware update.")).json().get("id").asLong();
        long answer = fan.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Re-pair it: hold the button for ten seconds until it blinks blue.")).json().get("id").asLong();
        asker.http().post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        // Scores count the reputation the accepted answer earned, which the ledger applies from the feed.
        awaitFeed("recognition.reputation");
        var found = staff.get("/api/v1/superfans?skill=solder&city=utrecht+" + token).body();
        assertThat(found).contains("Sam Superfan", "doing-good", "mesh networks");
        assertThat(staff.get("/api/v1/superfans?city=nowhere-" + token).body()).isEqualTo("[]");
        assertThat(fan.http().get("/api/v1/superfans").status()).isEqualTo(403);
        var browser = signedInStaff();
        assertThat(browser.get("/superfans?city=utrecht+" + token).body()).contains("Sam Superfan", "Score =");
        assertThat(browser.get("/champions").body()).contains("Suggested by the superfan score");
        var nobody = browser.submit("/superfans?city=utrecht+" + token, "/champions/nominations",
                Map.of("reason", "Suggested by the superfan score"));
        assertThat(nobody.header("Location")).endsWith("/superfans?city=utrecht+" + token + "#refusal");
        assertThat(browser.get("/superfans?city=utrecht+" + token).body()).contains("Tick the members to nominate.");
        var nominated = browser.submit("/superfans?city=utrecht+" + token, "/champions/nominations",
                Map.of("memberId", String.valueOf(fan.id()), "reason", "Suggested by the superfan score"));
        assertThat(nominated.status()).isEqualTo(302);
        assertThat(termOf(fan.id(), "nominated")).isPositive();
    }

    @Test
    void aBadgeRuleThatDoesNotParseIsRefusedWithItsPositionAndAGoodOneIsEarned() {
        var bad = admin.post("/api/v1/badges/rules", Map.of("name", "Broken " + token, "description", "x", "level", "bronze",
                "rule", "answers >= 1 and karma > 3"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("position 18", "unknown counter karma");
        assertThat(admin.post("/api/v1/badges/rules", Map.of("name", "Broken2 " + token, "description", "x", "level", "bronze",
                "rule", "answers >= ")).json().get("detail").asString()).contains("position 12", "expected a number");
        var adminPage = new Http("http://localhost:" + port);
        adminPage.submit("/login", "/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        var viaForm = adminPage.submit("/badges", "/admin/badges", Map.of("name", "Form rule " + token, "description", "Made on the form.",
                "level", "gold", "rule", "accepted >= 100"));
        assertThat(viaForm.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/badges").body()).contains("Form rule " + token, "\"kind\":\"rule\"");
        var good = admin.post("/api/v1/badges/rules", Map.of("name", "Router regular " + token, "description", "An answer and 10 reputation in router.",
                "level", "bronze", "rule", "answers >= 1 and tag(\"router\") >= 10"));
        assertThat(good.status()).isEqualTo(201);
        var slug = good.json().get("slug").asString();
        var helper = person("Rule helper");
        var asker = person("Rule asker");
        long question = asker.http().post("/api/v1/questions", Map.of("space", space, "title", "Router lights all off after outage " + token,
                "tags", List.of("router"), "body", "After a power outage all router lights stay off.")).json().get("id").asLong();
        long answer = helper.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Check the power adapter; the outage may have blown it.")).json().get("id").asLong();
        person("Rule voter").http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        // The ledger reviews badge rules in the batch that applies the vote.
        awaitFeed("recognition.reputation");
        var badges = new Http("http://localhost:" + port).get("/api/v1/members/" + helper.id() + "/recognition").body();
        assertThat(badges).contains(slug);
    }

    @Test
    void aMemberGivenTheChampionRoleWithoutATermIsListedAsAChampion() {
        var name = "Cleo Direct " + token;
        memberWithRole("champion", name);
        assertThat(new Http("http://localhost:" + port).get("/champions").body()).contains(name).doesNotContain("No champions yet");
        assertThat(new Http("http://localhost:" + port).get("/api/v1/champions").body()).contains(name);
    }

    private List<Long> queuedPosts(Http reviewer) {
        return reviewer.get("/api/v1/moderation/queue").json().valueStream().map(item -> item.get("post").get("id").asLong()).toList();
    }

    private long termOf(long memberId, String status) {
        return db.sql("select id from champion_terms where member_id = :m and status = :s").param("m", memberId).param("s", status)
                .query(Long.class).single();
    }

    private Person person(String name) {
        var email = uniqueEmail("cha");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Http signedInStaff() {
        var email = uniqueEmail("staffpage");
        admin.post("/api/v1/admin/members", Map.of("email", email, "password", PASSWORD, "displayName", "Page Staff", "role", "staff"));
        var browser = new Http("http://localhost:" + port);
        browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        return browser;
    }
}
