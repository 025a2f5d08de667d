package org.muster.missions;

import org.muster.missions.shifts.Shifts;
import org.muster.missions.shifts.Signup;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Shift slots: never overfilled under concurrent sign-ups, no double booking, an ordered waitlist. */
class ShiftsTests extends IntegrationTest {

    @Autowired
    Shifts shifts;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void concurrentSignUpsForTheLastPlacesNeverOverfillAndTheRestWaitInOrder() throws Exception {
        var staff = http.withToken(memberWithRole("staff", "Shift Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Layover guides " + token, "budget", 0));
        var mission = staff.post("/api/v1/missions", Map.of("program", "layover-guides-" + token, "title", "Station welcome desk " + token,
                "description", "Welcome travellers at the station", "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofDays(3));
        long slot = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "Central station, hall B", "capacity", 5)).json().get("id").asLong();
        var actors = new ArrayList<Actor>();
        for (int i = 0; i < 30; i++) {
            long id = http.withToken(adminToken()).post("/api/v1/admin/members", Map.of("email", uniqueEmail("shift"), "password", PASSWORD,
                    "displayName", "Guide " + i, "role", "member")).json().get("id").asLong();
            actors.add(new Actor(id, Role.MEMBER, "Guide " + i, ZoneId.of("UTC")));
        }
        var pool = Executors.newFixedThreadPool(12);
        var tasks = new ArrayList<Callable<Signup>>();
        for (var actor : actors) tasks.add(() -> shifts.signUp(actor, slot, 1));
        var results = new ArrayList<Signup>();
        for (var future : pool.invokeAll(tasks)) results.add(future.get());
        pool.shutdown();
        long booked = results.stream().filter(s -> s.status().equals("booked")).count();
        System.out.printf("Concurrent sign-ups: 30 for 5 places, %d booked, %d waitlisted%n", booked, 30 - booked);
        assertThat(booked).isEqualTo(5);
        var slotNow = staff.get("/api/v1/missions/" + mission + "/slots").json().get(0);
        assertThat(slotNow.get("booked").asInt()).isEqualTo(5);
        assertThat(slotNow.get("waitlisted").asInt()).isEqualTo(25);

        var first = results.stream().filter(s -> s.status().equals("booked")).findFirst().orElseThrow();
        var firstWaiting = results.stream().filter(s -> s.status().equals("waitlisted")).min(java.util.Comparator.comparingLong(Signup::id)).orElseThrow();
        var withdrawn = shifts.withdraw(actors.stream().filter(a -> a.memberId() == first.memberId()).findFirst().orElseThrow(), first.id());
        assertThat(withdrawn.late()).isFalse();
        assertThat(shifts.mine(actors.stream().filter(a -> a.memberId() == firstWaiting.memberId()).findFirst().orElseThrow())
                .getFirst().signup().status()).isEqualTo("booked");
        assertThat(db.sql("""
                        select payload ->> 'status' from domain_events where type = 'SlotSignedUp' and (payload ->> 'slotId')::bigint = :s
                        and (payload ->> 'memberId')::bigint in (:m) order by id""")
                .param("s", slot).param("m", List.of(first.memberId(), firstWaiting.memberId())).query(String.class).list())
                .containsExactly("booked", "waitlisted", "withdrawn");
        assertThat(db.sql("""
                        select (payload ->> 'memberId')::bigint from domain_events where type = 'WaitlistPromoted'
                        and (payload ->> 'slotId')::bigint = :s""")
                .param("s", slot).query(Long.class).list()).containsExactly(firstWaiting.memberId());
    }

    @Test
    void anOverlappingSlotIsRefusedNamingTheOtherAndLateWithdrawalsAreCounted() {
        var staff = http.withToken(memberWithRole("staff", "Shift Staff 2"));
        staff.post("/api/v1/programs", Map.of("name", "Beach clean " + token, "budget", 0));
        var mission = staff.post("/api/v1/missions", Map.of("program", "beach-clean-" + token, "title", "Beach clean-up " + token,
                "description", "Pick up litter", "kind", "shift", "rewardPoints", 0)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofHours(2));
        long morning = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "North beach", "capacity", 10)).json().get("id").asLong();
        long overlapping = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.plus(Duration.ofHours(1)).toString(),
                "endsAt", start.plus(Duration.ofHours(4)).toString(), "place", "South beach", "capacity", 10)).json().get("id").asLong();
        var email = uniqueEmail("beach");
        verifiedMember(email, "Bea Beach");
        var member = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        var booked = member.post("/api/v1/slots/" + morning + "/signups", Map.of("partySize", 2));
        assertThat(booked.json().get("status").asString()).isEqualTo("booked");
        assertThat(member.post("/api/v1/slots/" + morning + "/signups", Map.of()).status()).isEqualTo(409);
        var refused = member.post("/api/v1/slots/" + overlapping + "/signups", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("North beach");
        var withdrawn = member.delete("/api/v1/signups/" + booked.json().get("id").asLong()).json();
        assertThat(withdrawn.get("late").asBoolean()).isTrue();
        assertThat(member.post("/api/v1/slots/" + overlapping + "/signups", Map.of()).status()).isEqualTo(201);
        assertThat(member.post("/api/v1/slots/" + overlapping + "/signups", Map.of("partySize", 20)).json().get("errors").toString())
                .contains("partySize");
        var page = new Http("http://localhost:" + port);
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        var missionsPage = page.get("/missions").body();
        assertThat(missionsPage).contains("South beach", "My schedule", "You are booked", "You withdrew late");
        var withdrawnAgain = page.submit("/missions", "/signups/" + booked.json().get("id").asLong() + "/withdraw", Map.of());
        assertThat(withdrawnAgain.status()).isEqualTo(409);
    }
}
