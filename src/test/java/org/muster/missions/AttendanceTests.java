package org.muster.missions;

import org.muster.missions.shifts.Attendance;
import org.muster.missions.shifts.Lottery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shift from sign-up to reward: check-in with the place's code, hours, no-shows and appeals, reminders, the lottery, the calendar. */
class AttendanceTests extends IntegrationTest {

    @Autowired
    Attendance attendance;

    @Autowired
    Lottery lottery;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private Http staff;
    private String mission;

    private record Peer(long id, String email, Http http) {
    }

    @BeforeEach
    void shiftMission() {
        staff = http.withToken(memberWithRole("staff", "Shift Lead"));
        staff.post("/api/v1/programs", Map.of("name", "Station hosts " + token, "budget", 500));
        mission = staff.post("/api/v1/missions", Map.of("program", "station-hosts-" + token, "title", "Host the station " + token,
                "description", "Welcome travellers", "kind", "shift", "rewardPoints", 40)).json().get("slug").asString();
    }

    @Test
    void theCodeAtThePlaceChecksPeopleInAndApprovedHoursArePaidOnce() {
        long slot = slot(Instant.now().plus(Duration.ofMinutes(30)), 3, null);
        var peer = peer("Hanna Host");
        long signup = peer.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("id").asLong();
        var roster = staff.get("/api/v1/slots/" + slot + "/roster").json();
        var code = roster.get("checkInCode").asString();
        assertThat(code).hasSize(6);
        assertThat(peer.http().get("/api/v1/slots/" + slot + "/roster").status()).isEqualTo(403);
        assertThat(peer.http().get("/api/v1/missions/" + mission + "/slots").body()).doesNotContain(code);

        var wrong = peer.http().post("/api/v1/signups/" + signup + "/check-in", Map.of("code", "AAAAAA"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").toString()).contains("code");
        assertThat(peer.http().post("/api/v1/signups/" + signup + "/check-in", Map.of("code", code.toLowerCase())).json()
                .get("checkedInAt").isNull()).isFalse();
        assertThat(peer.http().post("/api/v1/signups/" + signup + "/check-in", Map.of("code", code)).status()).isEqualTo(409);
        assertThat(peer.http().delete("/api/v1/signups/" + signup).status()).isEqualTo(409);
        peer.http().post("/api/v1/signups/" + signup + "/check-out", Map.of("code", code));

        assertThat(peer.http().post("/api/v1/signups/" + signup + "/hours", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(staff.post("/api/v1/signups/" + signup + "/hours", Map.of("decision", "decline")).json().get("errors").toString())
                .contains("note");
        var approved = staff.post("/api/v1/signups/" + signup + "/hours", Map.of("decision", "approve", "note", "Great help"));
        assertThat(approved.json().get("hoursStatus").asString()).isEqualTo("approved");
        assertThat(staff.post("/api/v1/signups/" + signup + "/hours", Map.of("decision", "decline", "note", "changed my mind")).status())
                .isEqualTo(409);
        assertThat(peer.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(40);
        assertThatThrownBy(() -> db.sql("delete from slot_signups where id = :id").param("id", signup).update())
                .hasMessageContaining("never deleted");
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
        assertThat(peer.http().get("/api/v1/members/" + peer.id() + "/reliability").json().get("completed").asInt()).isEqualTo(1);
    }

    @Test
    void forgottenCheckOutsAreClosedForReviewNoShowsCanBeDisputedAndRemindersAreMailed() {
        var start = Instant.now().plus(Duration.ofHours(5));
        long slot = slot(start, 5, null);
        var present = peer("Pia Present");
        var absent = peer("Abe Absent");
        long came = present.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("id").asLong();
        long missed = absent.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("id").asLong();
        attendance.remind();
        assertThat(awaitMail(absent.email(), "Reminder")).contains("Host the station " + token, "withdraw");
        staff.post("/api/v1/signups/" + came + "/check-in", Map.of());

        db.sql("update mission_slots set starts_at = now() - interval '6 hours', ends_at = now() - interval '3 hours' where id = :id")
                .param("id", slot).update();
        db.sql("update slot_signups set checked_in_at = now() - interval '7 hours' where id = :id").param("id", came).update();
        attendance.sweep();
        var closed = present.http().get("/api/v1/me/signups").json().get(0).get("signup");
        assertThat(closed.get("autoCheckedOut").asBoolean()).isTrue();
        assertThat(closed.get("minutes").asInt()).isEqualTo(180);
        assertThat(closed.get("hoursStatus").isNull()).isTrue();

        var noShow = absent.http().get("/api/v1/me/signups").json().get(0).get("signup");
        assertThat(noShow.get("noShow").asBoolean()).isTrue();
        assertThat(absent.http().get("/api/v1/members/" + absent.id() + "/reliability").json().get("noShows").asInt()).isEqualTo(1);
        assertThat(present.http().post("/api/v1/disputes", Map.of("kind", "no-show", "item", missed, "reason", "Not mine")).status())
                .isEqualTo(404);
        long dispute = absent.http().post("/api/v1/disputes", Map.of("kind", "no-show", "item", missed,
                "reason", "My train was cancelled, call me on +31 6 6134 5076")).json().get("id").asLong();
        assertThat(absent.http().post("/api/v1/disputes", Map.of("kind", "no-show", "item", missed, "reason", "Again please")).status())
                .isEqualTo(409);
        assertThat(staff.get("/api/v1/disputes?queue=open").body()).contains("My train was cancelled, call me on [redacted phone number]",
                "Abe Absent").doesNotContain("6134 5076");
        assertThat(staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "Train strike, confirmed"))
                .json().get("status").asString()).isEqualTo("accepted");
        assertThat(absent.http().get("/api/v1/disputes/" + dispute).body()).contains("Train strike, confirmed");
        assertThat(absent.http().get("/api/v1/members/" + absent.id() + "/reliability").json().get("noShows").asInt()).isZero();
        attendance.sweep();
        assertThat(absent.http().get("/api/v1/me/signups").json().get(0).get("signup").get("noShow").asBoolean()).isFalse();
        assertThat(db.sql("""
                        select type || ':' || coalesce(payload ->> 'mark', payload ->> 'status', '') from domain_events
                        where type in ('SlotReminderSent', 'AttendanceMarked') and (payload ->> 'signupId')::bigint in (:ids)
                        union all
                        select type || ':' || coalesce(payload ->> 'outcome', '') from domain_events
                        where type in ('DisputeOpened', 'DisputeResolved') and (payload ->> 'disputeId')::bigint = :dispute""")
                .param("ids", java.util.List.of(came, missed)).param("dispute", dispute).query(String.class).list())
                .containsExactlyInAnyOrder("SlotReminderSent:", "SlotReminderSent:", "AttendanceMarked:checked-in",
                        "AttendanceMarked:checked-out-automatically", "AttendanceMarked:no-show", "AttendanceMarked:no-show-cleared",
                        "DisputeOpened:", "DisputeResolved:accepted");
    }

    @Test
    void scarceSlotsGoToASeededWeightedDrawThatAnyoneCanRepeat() {
        long slot = slot(Instant.now().plus(Duration.ofDays(4)), 2, Instant.now().plus(Duration.ofDays(1)));
        var entrants = new ArrayList<Peer>();
        for (int i = 0; i < 6; i++) entrants.add(peer("Entrant " + i));
        // The first entrant had a place in the last 30 days, so their weight is halved.
        long earlier = slot(Instant.now().plus(Duration.ofDays(2)), 5, null);
        long before = entrants.getFirst().http().post("/api/v1/slots/" + earlier + "/signups", Map.of()).json().get("id").asLong();
        db.sql("update mission_slots set starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours' where id = :id")
                .param("id", earlier).update();
        assertThat(before).isPositive();
        for (var e : entrants)
            assertThat(e.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("status").asString()).isEqualTo("entered");
        var pending = entrants.get(1).http().get("/api/v1/slots/" + slot + "/lottery");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.json().get("drawnAt").isNull()).isTrue();
        assertThat(pending.json().get("entered").asInt()).isEqualTo(6);
        assertThat(pending.json().get("entries").size()).isZero();
        var pendingPage = session(entrants.get(1)).get("/slots/" + slot + "/lottery");
        assertThat(pendingPage.status()).isEqualTo(200);
        assertThat(pendingPage.body()).contains("the draw happens then", "6 entries so far").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");

        db.sql("update mission_slots set opt_in_until = now() - interval '1 second' where id = :id").param("id", slot).update();
        // Signing up after the window closed, before the job ran, draws first: the late comer waits behind every entry.
        var late = peer("Lars Late");
        assertThat(late.http().post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("status").asString()).isEqualTo("waitlisted");
        lottery.drawDue();
        var draw = entrants.get(1).http().get("/api/v1/slots/" + slot + "/lottery").json();
        long seed = draw.get("seed").asLong();
        var entries = draw.get("entries");
        assertThat(entries.size()).isEqualTo(6);
        long booked = 0;
        for (var e : entries) if (e.get("status").asString().equals("booked")) booked++;
        assertThat(booked).isEqualTo(2);
        assertThat(draw.toString()).contains("\"you\":true").containsPattern("\"name\":\"Entry \\d+\"");
        var weights = db.sql("select member_id, lottery_weight from slot_signups where slot_id = :s and lottery_rank is not null order by id")
                .param("s", slot)
                .query((rs, row) -> new double[]{rs.getLong(1), rs.getDouble(2)}).list();
        assertThat(weights.getFirst()[1]).isEqualTo(weights.get(1)[1] / 2, org.assertj.core.api.Assertions.within(1e-9));

        // Repeat the draw from the published seed and weights alone: the same order comes out.
        var random = new Random(seed);
        record Key(long memberId, double key) {
        }
        var keys = new ArrayList<Key>();
        for (var w : weights) keys.add(new Key((long) w[0], Math.pow(random.nextDouble(), 1.0 / w[1])));
        keys.sort(Comparator.comparingDouble(Key::key).reversed());
        var ranks = db.sql("select member_id from slot_signups where slot_id = :s and lottery_rank is not null order by lottery_rank")
                .param("s", slot)
                .query(Long.class).list();
        assertThat(ranks).isEqualTo(keys.stream().map(Key::memberId).toList());
        assertThat(staff.get("/api/v1/slots/" + slot + "/roster").json().get("slot").get("booked").asInt()).isEqualTo(2);
    }

    @Test
    void myScheduleIsAnICalendarFeedBehindASecretAddress() {
        long slot = slot(Instant.parse("2031-03-04T09:00:00Z"), 4, null);
        var peer = peer("Cal Endar");
        peer.http().post("/api/v1/slots/" + slot + "/signups", Map.of());
        var url = peer.http().post("/api/v1/me/calendar", Map.of()).json().get("url").asString();
        var path = url.substring(url.indexOf("/calendar/"));
        var feed = new Http("http://localhost:" + port).get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR\r\n", "X-WR-CALNAME:My Muster schedule\r\n", "DTSTART:20310304T090000Z", "SUMMARY:Host the station " + token,
                "LOCATION:Central hall\\, platform 2", "END:VCALENDAR\r\n");
        peer.http().post("/api/v1/me/calendar", Map.of());
        assertThat(new Http("http://localhost:" + port).get(path).status()).isEqualTo(404);
    }

    private long slot(Instant start, int capacity, Instant optInUntil) {
        var body = new java.util.HashMap<String, Object>(Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "Central hall, platform 2", "capacity", capacity));
        if (optInUntil != null) body.put("optInUntil", optInUntil.toString());
        var created = staff.post("/api/v1/missions/" + mission + "/slots", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Peer peer(String name) {
        var email = uniqueEmail("host");
        long id = verifiedMember(email, name);
        return new Peer(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    /** The peer signed in on the pages, as a browser is. */
    private Http session(Peer peer) {
        var pages = new Http("http://localhost:" + port);
        pages.submit("/login", "/login", Map.of("email", peer.email(), "password", PASSWORD));
        return pages;
    }
}
