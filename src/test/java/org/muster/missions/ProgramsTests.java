package org.muster.missions;

import org.muster.missions.challenges.Challenges;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Challenges counted from community events, eligibility rules, sponsor pools and cash payouts. */
class ProgramsTests extends IntegrationTest {

    @Autowired
    Challenges challenges;

    private final String token = "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @Test
    void aChallengeCompletesByItselfFromAcceptedAnswersInItsTag() {
        var staff = http.withToken(memberWithRole("staff", "Challenge Staff"));
        var admin = http.withToken(adminToken());
        var space = "ch-" + token;
        admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Challenges " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("wifi-" + token, "billing-" + token)))));
        staff.post("/api/v1/programs", Map.of("name", "Unanswered sweep " + token, "budget", 100));
        var created = staff.post("/api/v1/missions", Map.of("program", "unanswered-sweep-" + token, "title", "Two accepted in wifi " + token,
                "description", "Answer wifi questions", "kind", "challenge", "rewardPoints", 50, "challengeMetric", "accepted",
                "challengeTag", "wifi-" + token, "challengeTarget", 2, "startsAt", Instant.now().minusSeconds(60).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(30)).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var slug = created.json().get("slug").asString();
        assertThat(staff.post("/api/v1/missions", Map.of("program", "unanswered-sweep-" + token, "title", "No target " + token,
                "kind", "challenge", "challengeMetric", "accepted", "endsAt", Instant.now().plus(Duration.ofDays(3)).toString()))
                .json().get("errors").toString()).contains("challengeTarget");

        var asker = person("Asker");
        var helper = person("Helper");
        accepted(asker, helper, space, "wifi-" + token, "Wifi drops when the microwave runs " + token);
        accepted(asker, helper, space, "billing-" + token, "Invoice shows a double charge " + token);
        awaitProgress(helper, slug, 1);
        challenges.sweep();
        assertThat(helper.http().get("/api/v1/me/rewards").json().get("available").asLong()).isZero();

        accepted(asker, helper, space, "wifi-" + token, "Wifi slow upstairs in the evening " + token);
        awaitProgress(helper, slug, 2);
        challenges.sweep();
        challenges.sweep();
        assertThat(helper.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(50);
        accepted(asker, helper, space, "wifi-" + token, "Wifi gone after the storm " + token);
        awaitProgress(helper, slug, 3);
        var pages = new Http("http://localhost:" + port);
        pages.submit("/login", "/login", Map.of("email", helper.email(), "password", PASSWORD));
        assertThat(pages.get("/missions/" + slug).body()).contains("Completed: target of 2 reached, 50 points paid")
                .doesNotContain("3 of 2");
        assertThat(pages.get("/missions").body()).contains("Completed: target of 2 reached, 50 points paid");
        assertThat(db.sql("select count(*) from challenge_completions c join missions m on m.id = c.mission_id where m.slug = :s")
                .param("s", slug).query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from domain_events where type = 'MissionCompleted' and payload ->> 'memberId' = :m")
                .param("m", String.valueOf(helper.id())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eligibilityNamesTheWeeklyLimitTheTravelRadiusAndTheRank() {
        var staff = http.withToken(memberWithRole("staff", "Rules Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Rules " + token, "budget", 100));
        var weekly = staff.post("/api/v1/missions", Map.of("program", "rules-" + token, "title", "Weekly survey " + token,
                "description", "Tell us", "kind", "task", "approval", "auto", "perWeekLimit", 1)).json().get("slug").asString();
        var local = staff.post("/api/v1/missions", Map.of("program", "rules-" + token, "title", "Rotterdam market stand " + token,
                "description", "Help at the stand", "kind", "task", "latitude", 51.92, "longitude", 4.48)).json().get("slug").asString();
        var ranked = staff.post("/api/v1/missions", Map.of("program", "rules-" + token, "title", "Expert panel " + token,
                "description", "Join the panel", "kind", "task", "minRank", "Expert"));
        var member = person("Wendy Weekly");
        member.http().post("/api/v1/missions/" + weekly + "/submissions", Map.of("body", "Here are my answers"));
        var offer = member.http().get("/api/v1/missions/" + weekly).json();
        assertThat(offer.get("eligible").asBoolean()).isFalse();
        assertThat(offer.get("reasons").toString()).contains("weekly limit of 1 reached, next on Monday");
        assertThat(member.http().get("/api/v1/missions/" + local).json().get("reasons").toString())
                .contains("needs your location and travel radius");
        member.http().put("/api/v1/me/peer-profile", Map.of("latitude", 52.37, "longitude", 4.90, "travelKm", 20));
        assertThat(member.http().get("/api/v1/missions/" + local).json().get("reasons").toString())
                .contains("km away, beyond your travel radius of 20 km");
        member.http().put("/api/v1/me/peer-profile", Map.of("latitude", 52.37, "longitude", 4.90, "travelKm", 80));
        assertThat(member.http().get("/api/v1/missions/" + local).json().get("eligible").asBoolean()).isTrue();
        assertThat(member.http().get("/api/v1/missions/" + ranked.json().get("slug").asString()).json().get("reasons").toString())
                .contains("needs the rank Expert (you are Newcomer)");
        assertThat(staff.post("/api/v1/missions", Map.of("program", "rules-" + token, "title", "Unknown rank " + token, "kind", "task",
                "minRank", "Archmage")).json().get("errors").toString()).contains("minRank");
    }

    @Test
    void sponsorPoolsFundBudgetsAndCashIsPaidOutInBatchesConfirmedByStaff() {
        var staff = http.withToken(memberWithRole("staff", "Finance Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Train and a drink " + token, "budget", 0));
        var program = "train-and-a-drink-" + token;
        long partner = staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Rail company " + token,
                "kind", "transport", "goal", "Travellers explore the city on layovers")).json().get("id").asLong();
        assertThat(staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Rail company " + token, "kind", "transport"))
                .status()).isEqualTo(409);
        var pool = staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "EUR", "amount", 10000,
                "toBudget", 3000, "key", "march")).json();
        assertThat(pool.get("pool").get("EUR").asLong()).isEqualTo(7000);
        staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "EUR", "amount", 10000, "toBudget", 3000, "key", "march"));
        assertThat(staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "EUR", "toBudget", 8000, "key", "too-much"))
                .status()).isEqualTo(409);
        var overview = staff.get("/api/v1/programs/" + program).json();
        assertThat(overview.get("budgets").get("EUR").asLong()).isEqualTo(3000);
        staff.post("/api/v1/programs/" + program + "/milestones", Map.of("title", "First 100 travellers", "owner", "Rail company",
                "dueOn", "2027-03-01"));
        var member = person("Cash Carla");
        assertThat(member.http().get("/api/v1/programs/" + program).json().get("budgets").size()).isZero();
        assertThat(member.http().get("/api/v1/programs/" + program).body()).contains("First 100 travellers", "Rail company " + token);

        assertThat(staff.post("/api/v1/missions", Map.of("program", program, "title", "Too expensive " + token, "kind", "task",
                "rewardCash", 5000, "rewardCurrency", "EUR")).json().get("errors").toString()).contains("rewardCash");
        assertThat(staff.post("/api/v1/missions", Map.of("program", program, "title", "Funny money " + token, "kind", "task",
                "rewardCash", 10, "rewardCurrency", "XYZW")).json().get("errors").toString()).contains("rewardCurrency");
        var slug = staff.post("/api/v1/missions", Map.of("program", program, "title", "Train ticket and drink " + token,
                "description", "Take a traveller out", "kind", "task", "approval", "auto", "rewardCash", 1250, "rewardCurrency", "EUR"))
                .json().get("slug").asString();
        member.http().post("/api/v1/missions/" + slug + "/submissions", Map.of("body", "Took Ana to the old town"));
        assertThat(member.http().get("/api/v1/me/rewards").json().get("balances").get("member:EUR").asLong()).isEqualTo(1250);

        var batch = staff.post("/api/v1/payouts", Map.of("currency", "eur")).json();
        long batchId = batch.get("id").asLong();
        assertThat(batch.get("status").asString()).isEqualTo("exported");
        var csv = staff.get("/api/v1/payouts/" + batchId + ".csv").body();
        assertThat(csv).startsWith("batch,payout,member_id,name,email,amount,currency,status\n")
                .contains(member.email() + ",12.50,EUR,exported").contains(",total,");
        assertThat(member.http().get("/api/v1/payouts/" + batchId + ".csv").status()).isEqualTo(403);
        assertThat(member.http().get("/api/v1/me/rewards").json().get("balances").get("member:EUR").asLong()).isZero();
        assertThat(member.http().get("/api/v1/me/payouts").json().get(0).get("status").asString()).isEqualTo("exported");
        assertThat(staff.post("/api/v1/payouts/" + batchId + "/paid", Map.of()).json().get("status").asString()).isEqualTo("paid");
        assertThat(staff.post("/api/v1/payouts/" + batchId + "/cancel", Map.of()).status()).isEqualTo(409);
        assertThat(member.http().get("/api/v1/me/payouts").json().get(0).get("status").asString()).isEqualTo("paid");
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
    }

    private void accepted(Person asker, Person helper, String space, String tag, String title) {
        var asked = asker.http().post("/api/v1/questions", Map.of("space", space, "title", title, "tags", List.of(tag),
                "body", "It started after the last update and restarting did not help. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long question = asked.json().get("id").asLong();
        var answered = helper.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Move the router away from the kitchen and pick channel 11. " + token));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        asker.http().post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answered.json().get("id").asLong()));
    }

    /** Reputation follows the change feed a moment after the fact; the challenge's progress reads it. */
    private void awaitProgress(Person who, String slug, int wanted) {
        awaitFeed("recognition.reputation");
        assertThat(who.http().get("/api/v1/missions/" + slug).json().get("challengeProgress").asInt()).isEqualTo(wanted);
    }

    private Person person(String name) {
        var email = uniqueEmail("prog");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }
}
