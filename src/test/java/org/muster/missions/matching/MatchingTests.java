package org.muster.missions.matching;

import org.muster.missions.common.PeerProfiles;
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

        var view = staff.get("/api/v1/matches/" + id).json();
        assertThat(view.get("proposal").get("peerId").asLong()).isEqualTo(near.id());
        assertThat(view.get("proposal").get("reasons").asString()).contains("km away", "speaks " + language, "shares museums, cycling");
        assertThat(view.get("proposal").get("reasonKeys").toString()).contains("{\"key\":\"match.reason.speaks\",\"args\":[\"" + language + "\"]}");
        assertThat(awaitMail(near.email(), "Can you help")).contains("Schiphol airport", "speaks " + language, " · shares museums, cycling")
                .doesNotContain("tom-" + token, "match.reason");

        near.http().post("/api/v1/matches/" + id + "/decline", Map.of());
        assertThat(staff.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(second.id());
        assertThat(near.http().get("/api/v1/matches/" + id).status()).isEqualTo(404);
        second.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        assertThat(requester.get("/api/v1/matches/" + id).json().get("request").get("status").asString()).isEqualTo("accepted");
        var calendar = second.http().post("/api/v1/me/calendar", Map.of()).json().get("url").asString();
        assertThat(visitor.get(calendar.substring(calendar.indexOf("/calendar/"))).body())
                .contains("SUMMARY:Match: meeting at Schiphol airport\r\n");

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
        assertThat(staff.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(slow.id());
        matching.expireUnanswered();
        assertThat(staff.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(slow.id());
        db.sql("update match_proposals set created_at = now() - interval '13 hours' where request_id = :id").param("id", id).update();
        matching.expireUnanswered();
        assertThat(staff.get("/api/v1/matches/" + id).json().get("proposal").get("peerId").asLong()).isEqualTo(quick.id());
        assertThat(slow.http().post("/api/v1/matches/" + id + "/accept", Map.of()).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/matches/" + id + "/proposals").body()).contains("expired");
    }

    @Test
    void theRequesterLearnsWhoThePeerIsOnlyOnceTheyAcceptAndNeverTheExactDistance() {
        var peer = peer("Petra Private", 52.35, 4.90, 40, List.of("museums"), "");
        var start = Instant.now().plus(Duration.ofDays(2));
        var visitor = new Http("http://localhost:" + port);
        var answer = visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Vic Visitor",
                "email", "vic-" + token + "@traveller.test", "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(4)).toString(), "place", "Schiphol", "latitude", 52.31, "longitude", 4.76,
                "language", language));
        assertThat(answer.status()).isEqualTo(201);
        long id = answer.json().get("request").get("id").asLong();
        var key = answer.json().get("accessKey").asString();
        var requester = visitor.withHeaders(Map.of(MatchingApi.KEY, key));

        for (var before : List.of(answer.json(), requester.get("/api/v1/matches/" + id).json())) {
            var proposal = before.get("proposal");
            assertThat(proposal.get("status").asString()).isEqualTo("proposed");
            assertThat(proposal.get("peerId").isNull()).isTrue();
            assertThat(proposal.get("peerName").isNull()).isTrue();
            assertThat(before.get("peerReliability").isNull()).isTrue();
            // About 11 km: the band, never the kilometres.
            assertThat(proposal.get("reasons").asString()).contains("10–25 km away").doesNotContainPattern("(^|· )\\d+ km away")
                    .doesNotContain("reliability", "in the last 30 days");
        }
        assertThat(requester.get("/api/v1/matches/" + id).body()).doesNotContain("Petra Private")
                .doesNotContainPattern("\"(peerId|memberId)\":" + peer.id() + "\\b");
        var page = visitor.get("/matches/" + id + "?key=" + key).body();
        assertThat(page).doesNotContain("Petra Private").contains("You will see who they are once they accept");

        peer.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        var after = requester.get("/api/v1/matches/" + id).json().get("proposal");
        assertThat(after.get("peerId").asLong()).isEqualTo(peer.id());
        assertThat(after.get("peerName").asString()).isEqualTo("Petra Private");
        assertThat(after.get("reasons").asString()).contains("10–25 km away", "reliability");
        assertThat(requester.get("/api/v1/matches/" + id).json().get("peerReliability").get("memberId").asLong()).isEqualTo(peer.id());
        assertThat(visitor.get("/matches/" + id + "?key=" + key).body()).contains("Your peer:", "Petra Private");
    }

    @Test
    void reasonsWrittenBeforeKeysAreShownAsWrittenButNotToTheRequesterBeforeThePeerAccepts() {
        var peer = peer("Olga Older", 52.35, 4.90, 40, List.of("museums"), "");
        var start = Instant.now().plus(Duration.ofDays(2));
        var visitor = new Http("http://localhost:" + port);
        var answer = visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Otto Old",
                "email", "otto-" + token + "@traveller.test", "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(4)).toString(), "place", "Schiphol", "language", language));
        long id = answer.json().get("request").get("id").asLong();
        var requester = visitor.withHeaders(Map.of(MatchingApi.KEY, answer.json().get("accessKey").asString()));
        // As a proposal made before reasons were keys was stored, in words the ranking no longer writes.
        var written = "a good fit · reliability 90 %";
        db.sql("update match_proposals set reasons = :text, reason_keys = null where request_id = :id")
                .param("text", written).param("id", id).update();

        assertThat(staff.get("/api/v1/matches/" + id).json().get("proposal").get("reasons").asString()).isEqualTo(written);
        assertThat(staff.get("/api/v1/matches/" + id + "/proposals").json().get(0).get("reasons").asString()).isEqualTo(written);
        assertThat(peer.http().get("/api/v1/matches/" + id).json().get("proposal").get("reasons").asString()).isEqualTo(written);
        var before = requester.get("/api/v1/matches/" + id).json().get("proposal");
        assertThat(before.get("reasons").isNull()).isTrue();
        assertThat(before.get("reasonKeys").isNull()).isTrue();

        peer.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        assertThat(requester.get("/api/v1/matches/" + id).json().get("proposal").get("reasons").asString()).isEqualTo(written);
    }

    @Test
    void aRequesterMakesAFewRequestsADayHoweverTheirAddressIsWritten() {
        var start = Instant.now().plus(Duration.ofDays(5));
        var visitor = new Http("http://localhost:" + port);
        var written = List.of("lena." + token + "@traveller.test", "Lena." + token + "@Traveller.test",
                "lena." + token + "+again@traveller.test", "LENA." + token + "+x@traveller.test", "lena." + token + "@TRAVELLER.TEST");
        for (var email : written)
            assertThat(request(visitor, email, start).status()).isEqualTo(201);
        var refused = request(visitor, "Lena." + token + "+one-more@traveller.test", start);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(request(visitor, "someone-else-" + token + "@traveller.test", start).status()).isEqualTo(201);
    }

    @Test
    void aPeerIsAskedAFewTimesADayAtMostThenRequestersAreToldToComeBackLater() {
        var peer = peer("Busy Bea", null, null, null, List.of(), "");
        var start = Instant.now().plus(Duration.ofDays(6));
        var visitor = new Http("http://localhost:" + port);
        for (int i = 0; i < 6; i++) {
            var asked = request(visitor, "asker" + i + "-" + token + "@traveller.test", start);
            assertThat(asked.json().get("request").get("status").asString()).isEqualTo("proposed");
        }
        var refused = request(visitor, "asker7-" + token + "@traveller.test", start);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(db.sql("select count(*) from match_proposals where peer_id = :p").param("p", peer.id()).query(Integer.class).single())
                .isEqualTo(6);
        assertThat(db.sql("select count(*) from match_requests where requester_email = :e").param("e", "asker7-" + token + "@traveller.test")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void notesAndMessagesReachThePeerMasked() {
        var peer = peer("Mia Masked", null, null, null, List.of(), "");
        var start = Instant.now().plus(Duration.ofDays(2));
        var visitor = new Http("http://localhost:" + port);
        var answer = visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Noa Note",
                "email", "noa-" + token + "@traveller.test", "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(2)).toString(), "place", "Rotterdam Centraal", "language", language,
                "note", "Text me on +33 6 6614 5197 or write to noa.private@mailbox.org"));
        long id = answer.json().get("request").get("id").asLong();
        var key = answer.json().get("accessKey").asString();
        var masked = "Text me on [redacted phone number] or write to [redacted e-mail address]";
        assertThat(answer.json().get("request").get("note").asString()).isEqualTo(masked);
        var peerPage = peer.http().get("/matches/" + id).body();
        assertThat(peerPage).contains(masked).doesNotContain("6614", "noa.private");
        assertThat(peer.http().get("/api/v1/matches/" + id).body()).doesNotContain("6614", "noa.private");
        assertThat(awaitMail(peer.email(), "Can you help")).doesNotContain("6614", "noa.private");

        peer.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        var requester = visitor.withHeaders(Map.of(MatchingApi.KEY, key));
        requester.post("/api/v1/matches/" + id + "/messages", Map.of("body", "Or call +31 6 6134 5076 when you land"));
        assertThat(awaitMail(peer.email(), "New message")).contains("Or call [redacted phone number] when you land").doesNotContain("6134");
        assertThat(peer.http().get("/matches/" + id).body()).contains("Or call [redacted phone number] when you land");
    }

    @Test
    void thePeersOwnPageSaysTheyWereAskedAndAnAcceptedPeerCanWithdraw() {
        var first = peer("Wim Withdraws", null, null, null, List.of("museums"), "");
        var next = peer("Nel Next", null, null, null, List.of(), "");
        var requesterEmail = requesterEmail();
        var member = new Http("http://localhost:" + port).withToken(tokenFor(requesterEmail, PASSWORD));
        var start = Instant.now().plus(Duration.ofDays(3));
        long id = member.post("/api/v1/missions/" + mission + "/requests", Map.of("windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(3)).toString(), "place", "Leiden", "language", language,
                "interests", List.of("museums"))).json().get("request").get("id").asLong();

        var asked = first.http().get("/matches/" + id).body();
        // The layout names the signed-in member; the match itself must not present them as their own peer.
        assertThat(asked).contains("You were asked because:").doesNotContain("Your peer:", "Proposed peer", "id=\"peer-name\"");
        first.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        first.http().post("/api/v1/matches/" + id + "/messages", Map.of("body", "Sorry, my train may be late " + token));
        var accepted = first.http().get("/matches/" + id).body();
        assertThat(accepted).contains("You accepted this request", "/matches/" + id + "/withdraw").doesNotContain("Your peer:");

        assertThat(first.http().submit("/matches/" + id, "/matches/" + id + "/withdraw", Map.of()).status()).isEqualTo(302);
        assertThat(awaitMail(requesterEmail, "can no longer make it")).contains("Leiden");
        var now = staff.get("/api/v1/matches/" + id).json();
        assertThat(now.get("request").get("status").asString()).isEqualTo("proposed");
        assertThat(now.get("proposal").get("peerId").asLong()).isEqualTo(next.id());
        assertThat(first.http().get("/api/v1/matches/" + id).status()).isEqualTo(404);
        assertThat(first.http().post("/api/v1/matches/" + id + "/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/matches/" + id + "/proposals").body()).contains("withdrawn");
        // The next peer starts a conversation of their own: the one who withdrew stays out of it.
        next.http().post("/api/v1/matches/" + id + "/accept", Map.of());
        assertThat(next.http().get("/matches/" + id).body()).doesNotContain("my train may be late");
        assertThat(member.get("/api/v1/matches/" + id).body()).doesNotContain("my train may be late");
    }

    @Test
    void aVisitorOpensAMatchMissionAndItsRequestFormWithoutAnAccountButNotOtherMissions() {
        var visitor = new Http("http://localhost:" + port);
        var page = visitor.get("/missions/" + mission);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Layover friends " + token, "/missions/" + mission + "/request")
                .doesNotContain("/peer-profile", "/missions/" + mission + "/slots");
        var form = visitor.get("/missions/" + mission + "/request");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"name\"", "name=\"email\"");
        var task = staff.post("/api/v1/missions", Map.of("program", "layover-friends-" + token, "title", "Members only " + token,
                "description", "A task for members", "kind", "task", "rewardPoints", 5, "approval", "staff"));
        var members = visitor.get("/missions/" + task.json().get("slug").asString());
        assertThat(members.status()).isEqualTo(302);
        assertThat(members.header("Location")).endsWith("/login");
        assertThat(visitor.get("/missions/no-such-" + token).status()).isEqualTo(302);
    }

    private Http.Response request(Http visitor, String email, Instant start) {
        return visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Lena Limit", "email", email,
                "windowStart", start.toString(), "windowEnd", start.plus(Duration.ofHours(2)).toString(), "place", "Delft",
                "language", language));
    }

    private String requesterEmail() {
        var email = uniqueEmail("req");
        verifiedMember(email, "Rita Requester");
        return email;
    }

    private Peer peer(String name, Double lat, Double lon, Integer km, List<String> interests, String hours) {
        var email = uniqueEmail("peer");
        long id = verifiedMember(email, name);
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
