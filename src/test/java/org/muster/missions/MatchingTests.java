package org.muster.missions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching a customer's request with the best available peer, through to meeting, reward and ratings. */
class MatchingTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    Matching matching;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private Http staff;
    private String mission;
    private String language;

    private record Peer(long id, String email, Http http) {
    }

    @BeforeEach
    void matchMission() {
        // A language of this test only, so peers of other tests are never proposed here.
        language = "Frisian-" + token;
        staff = http.withToken(memberWithRole("staff", "Match Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Layover friends " + token, "budget", 300, "currency", "EUR", "cashBudget", 5000));
        var created = staff.post("/api/v1/missions", Map.of("program", "layover-friends-" + token, "title", "Layover friends " + token,
                "description", "Show a traveller around during a layover", "kind", "match", "rewardPoints", 25,
                "rewardCash", 1200, "rewardCurrency", "EUR", "approval", "staff"));
        assertThat(created.status()).isEqualTo(201);
        mission = created.json().get("slug").asString();
    }

    @Test
    void aVisitorsRequestIsMatchedConfirmedMetRewardedAndRated() {
        // Near Schiphol, shares interests, free on that weekday: the best.
        var near = peer("Nina Near", 52.31, 4.76, 30, List.of("cycling", "museums"), "Mon 00:00-24:00, Tue 00:00-24:00, Wed 00:00-24:00, Thu 00:00-24:00, Fri 00:00-24:00, Sat 00:00-24:00, Sun 00:00-24:00");
        // Also near and free, fewer shared interests: second.
        var second = peer("Sam Second", 52.35, 4.90, 40, List.of("food"), "");
        // Too far for their own radius: never proposed.
        var far = peer("Fay Far", 51.92, 4.48, 10, List.of("cycling", "museums"), "");
        var start = Instant.now().plus(Duration.ofDays(3)).atZone(ZoneOffset.UTC).withHour(10).withMinute(0).withSecond(0).withNano(0).toInstant();

        var visitor = new Http("http://localhost:" + port);
        var answer = visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Tom Traveller",
                "email", "tom-" + token + "@traveller.test", "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(6)).toString(), "place", "Schiphol airport", "latitude", 52.31,
                "longitude", 4.76, "language", language, "interests", List.of("museums", "cycling"), "note", "Six-hour layover"));
        assertThat(answer.status()).isEqualTo(201);
        long id = answer.json().get("request").get("id").asLong();
        var key = answer.json().get("accessKey").asString();
        assertThat(answer.body()).doesNotContain("tom-" + token + "@traveller.test");
        assertThat(awaitMail("tom-" + token + "@traveller.test", "Your request")).contains("/matches/" + id + "?key=" + key);
        var requester = visitor.withHeaders(Map.of(MatchingApi.KEY, key));
        assertThat(visitor.get("/api/v1/matches/" + id).status()).isEqualTo(404);
        assertThat(visitor.withHeaders(Map.of(MatchingApi.KEY, "mk_wrong")).get("/api/v1/matches/" + id).status()).isEqualTo(404);
        assertThat(far.http().get("/api/v1/matches/" + id).status()).isEqualTo(404);

        var view = requester.get("/api/v1/matches/" + id).json();
        assertThat(view.get("proposal").get("peerId").asLong()).isEqualTo(near.id());
        assertThat(view.get("proposal").get("reasons").asString()).contains("km away", "speaks " + language, "shares museums, cycling");
        assertThat(awaitMail(near.email(), "Can you help")).contains("Schiphol airport").doesNotContain("tom-" + token);

        near.http().post("/api/v1/matches/" + id + "/decline", Map.of());
        assertThat(requester.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(second.id());
        assertThat(near.http().get("/api/v1/matches/" + id).status()).isEqualTo(404);
        second.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        assertThat(requester.get("/api/v1/matches/" + id).json().get("request").get("status").asString()).isEqualTo("accepted");

        assertThat(requester.post("/api/v1/matches/" + id + "/messages", Map.of("body", "I land at 9:40, gate D")).status()).isEqualTo(201);
        second.http().post("/api/v1/matches/" + id + "/messages", Map.of("body", "See you at the Rijksmuseum shuttle"));
        assertThat(awaitMail("tom-" + token + "@traveller.test", "New message")).contains("Rijksmuseum shuttle");
        assertThat(awaitMail(second.email(), "New message")).contains("gate D").doesNotContain("@traveller.test");

        assertThat(requester.post("/api/v1/matches/" + id + "/complete", Map.of()).status()).isEqualTo(409);
        requester.post("/api/v1/matches/" + id + "/confirm", Map.of());
        var confirmed = second.http().post("/api/v1/matches/" + id + "/confirm", Map.of()).json();
        assertThat(confirmed.get("request").get("status").asString()).isEqualTo("confirmed");
        assertThat(second.http().post("/api/v1/matches/" + id + "/complete", Map.of()).status()).isEqualTo(403);
        db.sql("update match_requests set window_start = now() - interval '1 hour', window_end = now() + interval '5 hours' where id = :id")
                .param("id", id).update();
        assertThat(requester.post("/api/v1/matches/" + id + "/complete", Map.of()).json().get("request").get("status").asString())
                .isEqualTo("completed");
        requester.post("/api/v1/matches/" + id + "/complete", Map.of());
        var rewards = second.http().get("/api/v1/me/rewards").json();
        assertThat(rewards.get("available").asLong()).isEqualTo(25);
        assertThat(rewards.get("balances").get("member:EUR").asLong()).isEqualTo(1200);

        assertThat(requester.post("/api/v1/matches/" + id + "/rating", Map.of("stars", 6)).json().get("errors").toString()).contains("stars");
        requester.post("/api/v1/matches/" + id + "/rating", Map.of("stars", 5, "comment", "Lovely tour"));
        assertThat(requester.post("/api/v1/matches/" + id + "/rating", Map.of("stars", 4)).status()).isEqualTo(409);
        second.http().post("/api/v1/matches/" + id + "/rating", Map.of("stars", 4));
        var standing = second.http().get("/api/v1/members/" + second.id() + "/reliability").json();
        assertThat(standing.get("ratings").asInt()).isEqualTo(1);
        assertThat(standing.get("averageRating").asDouble()).isEqualTo(5.0);
        assertThat(standing.get("completed").asInt()).isEqualTo(1);
        assertThat(staff.get("/api/v1/matches/" + id + "/proposals").body()).contains("declined", "accepted").doesNotContain("Fay Far");
        assertThat(db.sql("select payload ->> 'status' from domain_events where type = 'MatchChanged' and (payload ->> 'requestId')::bigint = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("proposed", "proposed", "accepted", "confirmed", "completed");
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void whenNobodySuitableIsLeftTheRequestIsUnmatchedAndTheRequesterIsTold() {
        var only = peer("Olly Only", null, null, null, List.of(), "Sat 10:00-12:00");
        var requesterEmail = requesterEmail();
        var member = new Http("http://localhost:" + port).withToken(tokenFor(requesterEmail, PASSWORD));
        var start = Instant.now().plus(Duration.ofDays(10));
        // Olly's Saturday morning never overlaps a Wednesday evening window.
        var wednesday = start.atZone(ZoneOffset.UTC).with(java.time.DayOfWeek.WEDNESDAY).withHour(18).toInstant();
        var answer = member.post("/api/v1/missions/" + mission + "/requests", Map.of("windowStart", wednesday.toString(),
                "windowEnd", wednesday.plus(Duration.ofHours(2)).toString(), "place", "Utrecht Centraal", "language", language));
        assertThat(answer.json().get("request").get("status").asString()).isEqualTo("unmatched");
        assertThat(awaitMail(requesterEmail, "No peer is available")).contains("Utrecht Centraal");
        assertThat(only.http().get("/api/v1/me/matches").body()).doesNotContain("Utrecht Centraal");
        var bad = member.post("/api/v1/missions/" + mission + "/requests", Map.of("windowStart", wednesday.toString(),
                "windowEnd", wednesday.minusSeconds(60).toString(), "place", "Utrecht"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("windowEnd");
    }

    @Test
    void aPeerWhoDoesNotAnswerInTimeIsPassedOverForTheNext() {
        var slow = peer("Sid Slow", null, null, null, List.of("museums"), "");
        var quick = peer("Quinn Quick", null, null, null, List.of(), "");
        var start = Instant.now().plus(Duration.ofDays(4));
        var member = new Http("http://localhost:" + port).withToken(tokenFor(requesterEmail(), PASSWORD));
        var answer = member.post("/api/v1/missions/" + mission + "/requests", Map.of("windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(3)).toString(), "place", "Den Haag", "language", language,
                "interests", List.of("museums")));
        long id = answer.json().get("request").get("id").asLong();
        assertThat(answer.json().get("proposal").get("peerId").asLong()).isEqualTo(slow.id());
        matching.expireUnanswered();
        assertThat(member.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(slow.id());
        db.sql("update match_proposals set created_at = now() - interval '13 hours' where request_id = :id").param("id", id).update();
        matching.expireUnanswered();
        assertThat(member.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(quick.id());
        assertThat(slow.http().post("/api/v1/matches/" + id + "/accept", Map.of()).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/matches/" + id + "/proposals").body()).contains("expired");
    }

    private String requesterEmail() {
        var email = uniqueEmail("req");
        signUpVerified(email, "Rita Requester");
        return email;
    }

    private Peer peer(String name, Double lat, Double lon, Integer km, List<String> interests, String hours) {
        var email = uniqueEmail("peer");
        long id = signUpVerified(email, name);
        var client = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        assertThat(client.patch("/api/v1/me", Map.of("displayName", name, "languages", List.of(language))).status()).isEqualTo(200);
        var profile = new java.util.HashMap<String, Object>(Map.of("interests", interests, "matching", true,
                "availability", PeerProfiles.parse(hours)));
        if (lat != null) {
            profile.put("latitude", lat);
            profile.put("longitude", lon);
            profile.put("travelKm", km);
        }
        assertThat(client.put("/api/v1/me/peer-profile", profile).status()).isEqualTo(200);
        return new Peer(id, email, client);
    }
}
