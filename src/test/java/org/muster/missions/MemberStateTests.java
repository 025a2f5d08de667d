package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member is told about their sign-ups through the API: refusals that say why, the waitlist place, the order. */
class MemberStateTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void signingUpForASlotThatHasStartedIsRefusedWith409SayingWhy() {
        var staff = staff();
        var mission = shiftMission(staff, "Started " + token);
        long slot = slot(staff, mission, Instant.now().minus(Duration.ofMinutes(30)), 3);
        var member = http.withToken(memberWithRole("member", "Late Comer"));

        var refused = member.post("/api/v1/slots/" + slot + "/signups", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("This slot started at").contains("sign-ups are closed");
        assertThat(member.get("/api/v1/me/signups").json().size()).isZero();
    }

    @Test
    void aWaitlistedMemberLearnsTheirPlaceInTheOrderPromotionFollows() {
        var staff = staff();
        var mission = shiftMission(staff, "Waitlist " + token);
        long slot = slot(staff, mission, Instant.now().plus(Duration.ofDays(3)), 1);
        var first = http.withToken(memberWithRole("member", "First"));
        var second = http.withToken(memberWithRole("member", "Second"));
        var third = http.withToken(memberWithRole("member", "Third"));
        assertThat(first.post("/api/v1/slots/" + slot + "/signups", Map.of()).json().get("status").asString()).isEqualTo("booked");
        second.post("/api/v1/slots/" + slot + "/signups", Map.of());
        third.post("/api/v1/slots/" + slot + "/signups", Map.of());

        assertThat(second.get("/api/v1/me/signups").json().get(0).get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(third.get("/api/v1/me/signups").json().get(0).get("waitlistPosition").asInt()).isEqualTo(2);

        long secondsSignup = second.get("/api/v1/me/signups").json().get(0).get("signup").get("id").asLong();
        second.delete("/api/v1/signups/" + secondsSignup);
        assertThat(third.get("/api/v1/me/signups").json().get(0).get("waitlistPosition").asInt()).isEqualTo(1);
    }

    @Test
    void myScheduleListsWhatIsAheadSoonestFirstThenWhatIsOverLatestFirst() {
        var staff = staff();
        var mission = shiftMission(staff, "Order " + token);
        var now = Instant.now();
        long inFiveDays = slot(staff, mission, now.plus(Duration.ofDays(5)), 3);
        long tomorrow = slot(staff, mission, now.plus(Duration.ofDays(1)), 3);
        long lastWeek = slot(staff, mission, now.plus(Duration.ofDays(7)), 3);
        long yesterday = slot(staff, mission, now.plus(Duration.ofDays(9)), 3);
        var member = http.withToken(memberWithRole("member", "Planner"));
        for (long slot : new long[]{inFiveDays, tomorrow, lastWeek, yesterday})
            assertThat(member.post("/api/v1/slots/" + slot + "/signups", Map.of()).status()).isEqualTo(201);
        // Two of the slots are moved into the past, as if they had happened.
        moveTo(lastWeek, now.minus(Duration.ofDays(7)));
        moveTo(yesterday, now.minus(Duration.ofDays(1)));

        var schedule = member.get("/api/v1/me/signups").json();

        assertThat(schedule.size()).isEqualTo(4);
        assertThat(schedule.get(0).get("signup").get("slotId").asLong()).isEqualTo(tomorrow);
        assertThat(schedule.get(1).get("signup").get("slotId").asLong()).isEqualTo(inFiveDays);
        assertThat(schedule.get(2).get("signup").get("slotId").asLong()).isEqualTo(yesterday);
        assertThat(schedule.get(3).get("signup").get("slotId").asLong()).isEqualTo(lastWeek);
    }

    private Http staff() {
        return http.withToken(memberWithRole("staff", "State Staff"));
    }

    private String shiftMission(Http staff, String title) {
        var program = "State program " + UUID.randomUUID().toString().substring(0, 8);
        var slug = staff.post("/api/v1/programs", Map.of("name", program, "budget", 0)).json().get("slug").asString();
        return staff.post("/api/v1/missions", Map.of("program", slug, "title", title, "description", "Welcome travellers",
                "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
    }

    private long slot(Http staff, String mission, Instant start, int capacity) {
        return staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", "Central station", "capacity", capacity))
                .json().get("id").asLong();
    }

    private void moveTo(long slot, Instant start) {
        db.sql("update mission_slots set starts_at = :s, ends_at = :e where id = :id").param("id", slot)
                .param("s", java.sql.Timestamp.from(start)).param("e", java.sql.Timestamp.from(start.plus(Duration.ofHours(2)))).update();
    }
}
