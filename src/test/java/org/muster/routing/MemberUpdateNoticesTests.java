package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.missions.shifts.Attendance;
import org.muster.missions.shifts.Lottery;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What recognition and missions do for a member reaches that member as one notification each, through
 * the real services and the change feed: a badge, a rank, a champion term, a place on a slot, a move up
 * from the waitlist, a draw, a match proposed, a proof sent back and a reward paid.
 */
class MemberUpdateNoticesTests extends IntegrationTest {

    @Autowired
    Lottery lottery;

    @Autowired
    Attendance attendance;

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @Test
    void aFastAcceptedAnswerTellsItsAuthorOfTheBadgeInTheirLanguageAndOfTheRankReached() {
        var admin = http.withToken(adminToken());
        var space = "recognised-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Recognised " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
        var asker = established("Grateful asker");
        long question = asker.http().post("/api/v1/questions", Map.of("space", space, "tags", List.of("router"),
                "title", "Router loses wifi every evening " + token, "body", "It started after the update last week. " + token))
                .json().get("id").asLong();
        var answerer = established("Fast answerer");
        long answer = answerer.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Move it off channel 6, the neighbours crowd it in the evening. " + token)).json().get("id").asLong();
        // 4 upvotes (40) and the acceptance (15) make 55 points with one answer: Contributor, from 50.
        for (int i = 0; i < 4; i++)
            assertThat(established("Voter " + i).http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1)).status())
                    .isEqualTo(200);
        assertThat(asker.http().post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer)).status()).isEqualTo(200);
        awaitFeed("recognition.reputation");
        // What recognition published while following the feed is newer than the feed was a moment ago.
        awaitFeed("routing.member-updates");

        long fastResponder = db.sql("select id from badges where slug = 'fast-responder'").query(Long.class).single();
        var told = Told.to(db, NotificationKind.RECOGNITION, answerer.id());
        assertThat(told.stream().filter(t -> t.key().equals("notification.recognition.badge")
                && t.args().contains("Fast responder"))).hasSize(1);
        assertThat(Told.about(db, NotificationKind.RECOGNITION, "notification.recognition.badge", fastResponder)).extracting(Told::memberId).containsOnlyOnce(answerer.id());
        var ranks = told.stream().filter(t -> t.key().equals("notification.recognition.rank")).toList();
        assertThat(ranks).hasSize(1);
        assertThat(ranks.getFirst().args()).contains("Contributor", "55");
        assertThat(ranks.getFirst().path()).isEqualTo("/members/" + answerer.id() + "/recognition");
        assertThat(Told.to(db, NotificationKind.RECOGNITION, asker.id())).isEmpty();
    }

    @Test
    void aChampionTermIsToldInAppBesideTheWelcomeMail() {
        var staff = http.withToken(memberWithRole("staff", "Champion Staff"));
        var fan = established("Future champion");
        // Even a member who wants recognition mailed at once gets the welcome mail only.
        db.sql("insert into notification_settings (member_id, kind, setting) values (:m, 'RECOGNITION', 'email')")
                .param("m", fan.id()).update();
        assertThat(staff.post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Knows routers")).status())
                .isEqualTo(201);
        long term = db.sql("select id from champion_terms where member_id = :m and status = 'nominated'").param("m", fan.id())
                .query(Long.class).single();
        assertThat(staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 12, "tags", List.of("router")))
                .status()).isEqualTo(200);
        awaitFeed("routing.member-updates");

        var told = Told.about(db, NotificationKind.RECOGNITION, "notification.recognition.champion", term);
        assertThat(told).extracting(Told::memberId).containsExactly(fan.id());
        assertThat(told.getFirst().key()).isEqualTo("notification.recognition.champion");
        assertThat(told.getFirst().args()).contains("router");
        assertThat(told.getFirst().mail()).as("recognition mails the welcome itself").isEqualTo("none");
    }

    @Test
    void aSlotTellsWhoGotThePlaceWhoWaitsAndWhoMovedUpWhenItCameFree() {
        var staff = http.withToken(memberWithRole("staff", "Shift Notice Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Station guides " + token, "budget", 0));
        var mission = staff.post("/api/v1/missions", Map.of("program", "station-guides-" + token, "title", "Welcome desk " + token,
                "description", "Welcome travellers", "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofDays(3));
        long slot = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", "Hall B", "capacity", 1)).json().get("id").asLong();
        var first = established("First to sign up");
        var second = established("Second to sign up");
        var booked = first.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json();
        var waiting = second.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json();
        assertThat(booked.get("status").asString()).isEqualTo("booked");
        assertThat(waiting.get("status").asString()).isEqualTo("waitlisted");
        assertThat(first.http().delete("/api/v1/signups/" + booked.get("id").asLong()).status()).isEqualTo(200);
        awaitFeed("routing.member-updates");

        assertThat(Told.to(db, NotificationKind.MISSION, first.id())).extracting(Told::key)
                .containsExactly("notification.mission.signup-booked");
        var toSecond = Told.to(db, NotificationKind.MISSION, second.id());
        assertThat(toSecond).extracting(Told::key)
                .containsExactly("notification.mission.signup-waitlisted", "notification.mission.promoted");
        assertThat(toSecond).allSatisfy(t -> {
            assertThat(t.args()).contains("Welcome desk " + token);
            assertThat(t.path()).isEqualTo("/slots/" + slot);
        });
        for (var key : List.of("notification.mission.signup-waitlisted", "notification.mission.promoted"))
            assertThat(Told.about(db, NotificationKind.MISSION, key, waiting.get("id").asLong())).extracting(Told::memberId)
                    .containsExactly(second.id());
        assertThat(Told.about(db, NotificationKind.MISSION, "notification.mission.signup-booked", booked.get("id").asLong()))
                .extracting(Told::memberId).containsExactly(first.id());
    }

    @Test
    void aDrawTellsEachEntrantWhetherTheyGotThePlaceOrWait() {
        var staff = http.withToken(memberWithRole("staff", "Draw Notice Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Museum guides " + token, "budget", 0));
        var mission = staff.post("/api/v1/missions", Map.of("program", "museum-guides-" + token, "title", "Museum night " + token,
                "description", "Guide visitors", "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofDays(5));
        long slot = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", "Main hall", "capacity", 1,
                "optInUntil", Instant.now().plus(Duration.ofDays(1)).toString())).json().get("id").asLong();
        var entrants = List.of(established("First entrant"), established("Second entrant"));
        var signups = new java.util.HashMap<Long, Long>();
        for (var entrant : entrants) {
            var entered = entrant.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json();
            assertThat(entered.get("status").asString()).isEqualTo("entered");
            signups.put(entrant.id(), entered.get("id").asLong());
        }
        // The opt-in window closes: the draw job's next round draws the slot.
        db.sql("update mission_slots set opt_in_until = now() - interval '1 minute' where id = :s").param("s", slot).update();
        lottery.drawDue();
        awaitFeed("routing.member-updates");

        var keys = new java.util.ArrayList<String>();
        for (var entrant : entrants) {
            var told = Told.to(db, NotificationKind.MISSION, entrant.id());
            assertThat(told).as("nothing for entering, one line for the draw").hasSize(1);
            assertThat(Told.about(db, NotificationKind.MISSION, "notification.mission.signup-", signups.get(entrant.id())))
                    .extracting(Told::memberId).containsExactly(entrant.id());
            keys.add(told.getFirst().key());
        }
        assertThat(keys).containsExactlyInAnyOrder("notification.mission.signup-booked", "notification.mission.signup-waitlisted");
    }

    @Test
    void anAcceptedNoShowDisputeIsToldToItsMemberWithALinkToItsHistory() {
        var staff = http.withToken(memberWithRole("staff", "Dispute Notice Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Harbour guides " + token, "budget", 0));
        var mission = staff.post("/api/v1/missions", Map.of("program", "harbour-guides-" + token, "title", "Harbour tour " + token,
                "description", "Guide visitors", "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofHours(5));
        long slot = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", "Pier 3", "capacity", 2)).json().get("id").asLong();
        var absent = established("Absent guide");
        long signup = absent.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("id").asLong();
        // The slot is over and nobody checked in: the sweep marks the no-show.
        db.sql("update mission_slots set starts_at = now() - interval '6 hours', ends_at = now() - interval '4 hours' where id = :s")
                .param("s", slot).update();
        attendance.sweep();
        long dispute = absent.http().post("/api/v1/disputes", Map.of("kind", "no-show", "item", signup, "reason", "My train was cancelled"))
                .json().get("id").asLong();
        assertThat(staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "Train strike"))
                .status()).isEqualTo(200);
        awaitFeed("routing.member-updates");

        var told = Told.about(db, NotificationKind.MISSION, "notification.mission.dispute-", dispute);
        assertThat(told).extracting(Told::memberId).containsExactly(absent.id());
        assertThat(told.getFirst().key()).isEqualTo("notification.mission.dispute-accepted");
        assertThat(told.getFirst().path()).isEqualTo("/disputes/" + dispute);
    }

    @Test
    void aProofSentBackAndARewardPaidAreToldToTheMemberWhoDidTheTask() {
        var staff = http.withToken(memberWithRole("staff", "Task Notice Staff"));
        var program = staff.post("/api/v1/programs", Map.of("name", "Firmware testers " + token, "budget", 70)).json().get("slug").asString();
        var mission = staff.post("/api/v1/missions", Map.of("program", program, "title", "Test the beta firmware " + token,
                "description", "Install it and tell us", "kind", "task", "rewardPoints", 30, "approval", "staff", "skills", List.of()))
                .json().get("slug").asString();
        var tester = established("Beta tester");
        long submission = tester.http().post("/api/v1/missions/" + mission + "/submissions",
                Map.of("body", "Installed the beta on two routers; no drops in a week.")).json().get("id").asLong();
        assertThat(staff.post("/api/v1/submissions/" + submission + "/review", Map.of("decision", "more-info", "note", "Which routers?"))
                .status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/submissions/" + submission + "/review", Map.of("decision", "accept")).status()).isEqualTo(200);
        awaitFeed("routing.member-updates");

        var told = Told.to(db, NotificationKind.MISSION, tester.id());
        assertThat(told).extracting(Told::key).containsExactly("notification.mission.proof-more-info", "notification.mission.rewarded");
        assertThat(told.getLast().args()).contains("Test the beta firmware " + token, "30");
        assertThat(told.getLast().path()).isEqualTo("/missions/" + mission);
        assertThat(told).extracting(Told::mail).as("missions mails none of these itself").containsOnly("now");
    }

    @Test
    void aProposedPeerIsToldInAppBesideMatchingsOwnMailAndTheRequesterIsNot() {
        var staff = http.withToken(memberWithRole("staff", "Match Notice Staff"));
        // A language of this test only, so peers of other tests are never proposed here.
        var language = "Sorbian-" + token;
        staff.post("/api/v1/programs", Map.of("name", "Layover hosts " + token, "budget", 100));
        var mission = staff.post("/api/v1/missions", Map.of("program", "layover-hosts-" + token, "title", "Layover hosts " + token,
                "description", "Show a traveller around", "kind", "match", "rewardPoints", 10, "approval", "staff"))
                .json().get("slug").asString();
        var peer = established("Proposed peer");
        assertThat(peer.http().patch("/api/v1/me", Map.of("displayName", "Proposed peer", "languages", List.of(language))).status()).isEqualTo(200);
        assertThat(peer.http().put("/api/v1/me/peer-profile", Map.of("interests", List.of(), "matching", true,
                "availability", org.muster.missions.common.PeerProfiles.parse(""))).status()).isEqualTo(200);
        var requester = established("Requesting member");
        var start = Instant.now().plus(Duration.ofDays(4));
        var asked = requester.http().post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Rita", "email", requester.email(),
                "windowStart", start.toString(), "windowEnd", start.plus(Duration.ofHours(2)).toString(), "place", "Delft",
                "language", language));
        assertThat(asked.json().get("request").get("status").asString()).isEqualTo("proposed");
        long request = asked.json().get("request").get("id").asLong();
        awaitFeed("routing.member-updates");

        var told = Told.about(db, NotificationKind.MISSION, "notification.mission.match-", request);
        assertThat(told).extracting(Told::memberId).containsExactly(peer.id());
        assertThat(told.getFirst().key()).isEqualTo("notification.mission.match-proposed");
        assertThat(told.getFirst().path()).isEqualTo("/matches/" + request);
        assertThat(told.getFirst().mail()).as("matching mails the proposal with its answer links itself").isEqualTo("none");
    }

    private Person established(String name) {
        var email = uniqueEmail("updated");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }
}
