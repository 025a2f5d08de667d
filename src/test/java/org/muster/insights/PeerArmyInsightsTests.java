package org.muster.insights;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.missions.common.PeerProfiles;
import org.muster.missions.shifts.Attendance;
import org.muster.missions.shifts.Lottery;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The peer army's figures over a small community built here through the API, as people would: slots with
 * a waitlist and a lottery, attendance with a no-show cleared by a dispute, matches at each stage,
 * rewards, budgets and a sponsor pool. Slots sit on days of this test alone, so their figures are
 * exact; matches and the ledger happen today beside other tests' data, so those are checked as what
 * this test added. Then a rebuild from scratch gives the same figures as following the feed.
 */
class PeerArmyInsightsTests extends IntegrationTest {

    private static final String[] FEEDS = {"insights.missions", "insights.rewards", "insights.support"};

    @Autowired
    Insights insights;

    @Autowired
    Attendance attendance;

    @Autowired
    Lottery lottery;

    @Autowired
    MissionFacts missionFacts;

    @Autowired
    RewardFacts rewardFacts;


    @Autowired
    TransactionTemplate transaction;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private Actor staffActor;
    private Http staff;
    private String program;
    private String shiftMission;

    private record Peer(long id, String email, Http http) {
    }

    @BeforeEach
    void program() {
        long staffId = memberFixture().create(uniqueEmail("insights-staff"), "Insight Staff", "staff");
        staffActor = new Actor(staffId, Role.STAFF, "Insight Staff", ZoneOffset.UTC);
        staff = http.withToken(memberFixture().token(staffId));
        program = staff.post("/api/v1/programs", Map.of("name", "Station hosts " + token, "budget", 500)).json().get("slug").asString();
        shiftMission = staff.post("/api/v1/missions", Map.of("program", program, "title", "Host the station " + token,
                "description", "Welcome travellers", "kind", "shift", "rewardPoints", 40)).json().get("slug").asString();
    }

    @Test
    void slotsFillFromWaitlistsAndDrawsAndFairnessCountsBookedSignUps() {
        // A day of this test alone, years ahead, so nobody else's slots start on it.
        var day = LocalDate.of(2034, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        var morning = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        long small = slot(morning, 2, null);
        long drawn = slot(morning, 3, Instant.now().plus(Duration.ofDays(1)));
        long large = slot(day.atTime(18, 0).toInstant(ZoneOffset.UTC), 4, null);

        var ann = peer("Ann Early");
        var ben = peer("Ben Booked");
        var cat = peer("Cat Waiting");
        var dan = peer("Dan Waiting");
        signUp(ann, small, 1);
        long benSignup = signUp(ben, small, 1);
        signUp(cat, small, 1);
        signUp(dan, small, 1);
        // Ben withdraws years ahead (not late): Cat, first on the waitlist, is moved up; Dan still waits.
        assertThat(ben.http().delete("/api/v1/signups/" + benSignup).status()).isEqualTo(200);
        signUp(ann, large, 3);
        for (var name : List.of("Eve", "Fay", "Gus", "Hal")) signUp(peer(name + " Entrant"), drawn, 1);
        db.sql("update mission_slots set opt_in_until = now() - interval '1 second' where id = :id").param("id", drawn).update();
        lottery.drawDue();
        awaitFeed(FEEDS);

        var fill = report("mission-fill", day, day).current();
        // Offered 2 + 3 + 4; taken: Ann and Cat, the draw's three, Ann's party of three.
        assertThat(value(fill, "insights.metric.mission-fill.offered")).isEqualTo(9.0);
        assertThat(value(fill, "insights.metric.mission-fill.taken")).isEqualTo(8.0);
        assertThat(value(fill, "insights.metric.mission-fill.rate")).isCloseTo(8 / 9.0, within(1e-9));
        // Cat and Dan, and the entrant the draw left waiting.
        assertThat(value(fill, "insights.metric.mission-fill.waitlisted")).isEqualTo(3.0);
        assertThat(value(fill, "insights.metric.mission-fill.promoted")).isEqualTo(1.0);
        assertThat(value(fill, "insights.metric.mission-fill.drawn")).isEqualTo(1.0);
        assertThat(value(fill, "insights.metric.mission-fill.entrants")).isEqualTo(4.0);
        assertThat(fill.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo(Figures.Label.day(day));
            assertThat(row.values()).startsWith(9.0, 8.0);
        });
        assertThat(report("mission-fill", day.plusDays(1), day.plusDays(1)).current()
                .headline("insights.metric.mission-fill.rate").value()).as("no slot, nothing to compute from").isNull();

        var fairness = report("fairness", day, day).current();
        // Booked sign-ups: Ann 2 (two slots), Cat 1, the draw's three 1 each: 1, 1, 1, 1, 2.
        assertThat(value(fairness, "insights.metric.fairness.slot-members")).isEqualTo(5.0);
        assertThat(value(fairness, "insights.metric.fairness.slot-gini")).isCloseTo(2 / 15.0, within(1e-9));
        assertThat(value(fairness, "insights.metric.fairness.slot-top-share")).isCloseTo(2 / 6.0, within(1e-9));

        assertRebuildGivesTheSame(day);
    }

    @Test
    void aNoShowClearedOnAppealIsNoNoShowAndApprovedHoursCount() {
        // A past day of this test alone: the slot is moved there once everyone signed up.
        var day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        long slot = slot(Instant.now().plus(Duration.ofHours(5)), 5, null);
        var came = peer("Pia Present");
        var cleared = peer("Abe Appealed");
        var missed = peer("Max Missed");
        var late = peer("Lou Late");
        long cameSignup = signUp(came, slot, 1);
        long clearedSignup = signUp(cleared, slot, 1);
        signUp(missed, slot, 1);
        long lateSignup = signUp(late, slot, 1);
        // Five hours before the start: within a day, so late.
        assertThat(late.http().delete("/api/v1/signups/" + lateSignup).json().get("late").asBoolean()).isTrue();
        staff.post("/api/v1/signups/" + cameSignup + "/check-in", Map.of());

        var start = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        db.sql("update mission_slots set starts_at = :s, ends_at = :e where id = :id").param("id", slot)
                .param("s", Timestamp.from(start)).param("e", Timestamp.from(start.plus(Duration.ofHours(3)))).update();
        db.sql("update slot_signups set checked_in_at = :at where id = :id").param("id", cameSignup)
                .param("at", Timestamp.from(start.minus(Duration.ofHours(1)))).update();
        attendance.sweep();
        long dispute = cleared.http().post("/api/v1/disputes", Map.of("kind", "no-show", "item", clearedSignup,
                "reason", "My train was cancelled")).json().get("id").asLong();
        assertThat(staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "Strike"))
                .json().get("status").asString()).isEqualTo("accepted");
        assertThat(staff.post("/api/v1/signups/" + cameSignup + "/hours", Map.of("decision", "approve", "note", "Great help"))
                .json().get("hoursStatus").asString()).isEqualTo("approved");
        awaitFeed(FEEDS);

        var figures = report("attendance", day, day).current();
        // Booked on a slot that is over: Pia, Abe, Max; only Max stays a no-show.
        assertThat(value(figures, "insights.metric.attendance.no-shows")).isEqualTo(1.0);
        assertThat(value(figures, "insights.metric.attendance.no-show-rate")).isCloseTo(1 / 3.0, within(1e-9));
        // Lou withdrew late: one of the three booked and Lou.
        assertThat(value(figures, "insights.metric.attendance.late-withdrawals")).isEqualTo(1.0);
        assertThat(value(figures, "insights.metric.attendance.late-withdrawal-rate")).isEqualTo(0.25);
        // Pia's forgotten check-out closed at the slot's end: three hours, approved.
        assertThat(value(figures, "insights.metric.attendance.hours")).isEqualTo(3.0);
        assertThat(figures.rows()).singleElement().extracting(Figures.Row::values)
                .isEqualTo(List.of(3.0, 1.0, 4.0, 1.0, 3.0));

        assertRebuildGivesTheSame(day);
    }

    @Test
    void matchesCountAtEachStageTheyReachedAndRewardsFollowTheLedger() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var matchesBefore = report("matches", today, today).current();
        var rewardsBefore = report("rewards", today, today).current();

        var language = "Frisian-" + token;
        staff.post("/api/v1/programs", Map.of("name", "Layover friends " + token, "budget", 300, "currency", "EUR", "cashBudget", 5000));
        var matchMission = staff.post("/api/v1/missions", Map.of("program", "layover-friends-" + token, "title", "Layover friends " + token,
                "description", "Show a traveller around", "kind", "match", "rewardPoints", 25, "rewardCash", 1200,
                "rewardCurrency", "EUR", "approval", "staff")).json().get("slug").asString();
        var nina = matchPeer("Nina Near", language);
        var met = request(matchMission, language, 3);
        nina.http().post("/api/v1/matches/" + met.id() + "/accept", Map.of());
        met.http().post("/api/v1/matches/" + met.id() + "/confirm", Map.of());
        nina.http().post("/api/v1/matches/" + met.id() + "/confirm", Map.of());
        db.sql("update match_requests set window_start = now() - interval '1 hour', window_end = now() + interval '5 hours' where id = :id")
                .param("id", met.id()).update();
        assertThat(met.http().post("/api/v1/matches/" + met.id() + "/complete", Map.of()).json().get("request").get("status").asString())
                .isEqualTo("completed");
        met.http().post("/api/v1/matches/" + met.id() + "/rating", Map.of("stars", 5));
        nina.http().post("/api/v1/matches/" + met.id() + "/rating", Map.of("stars", 4));
        // Made, then cancelled by the requester: it was made, it never met.
        var cancelled = request(matchMission, language, 5);
        nina.http().post("/api/v1/matches/" + cancelled.id() + "/accept", Map.of());
        assertThat(cancelled.http().post("/api/v1/matches/" + cancelled.id() + "/cancel", Map.of()).status()).isEqualTo(200);
        // Nobody speaks this language: requested, never made.
        var unmatched = request(matchMission, "Nobody-" + token, 7);
        assertThat(staff.get("/api/v1/matches/" + unmatched.id()).json().get("request").get("status").asString()).isEqualTo("unmatched");

        var rich = peer("Rita Rich");
        var held = peer("Hugo Held");
        assertThat(staff.post("/api/v1/rewards/grants", Map.of("memberId", rich.id(), "points", 100, "reason", "Thanks",
                "key", "rich-" + token)).status()).isEqualTo(201);
        staff.post("/api/v1/rewards/grants", Map.of("memberId", held.id(), "points", 40, "reason", "Beta test", "holdDays", 3,
                "key", "held-" + token));
        staff.post("/api/v1/rewards/deductions", Map.of("memberId", rich.id(), "points", 10, "reason", "Double grant",
                "key", "deduct-" + token));
        var admin = http.withToken(adminToken());
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "Mug " + token, "description", "A mug",
                "kind", "perk", "cost", 30)).json().get("slug").asString();
        assertThat(rich.http().post("/api/v1/rewards/items/" + item + "/redemptions", Map.of()).status()).isEqualTo(201);
        long partner = staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Ferries " + token, "kind", "transport",
                "goal", "Every passenger welcomed")).json().get("id").asLong();
        staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "EUR", "amount", 50000, "toBudget", 30000,
                "key", "ferries-" + token));
        awaitFeed(FEEDS);

        var matches = report("matches", today, today).current();
        assertThat(added(matches, matchesBefore, "insights.metric.matches.requested")).isEqualTo(3.0);
        assertThat(added(matches, matchesBefore, "insights.metric.matches.made")).isEqualTo(2.0);
        assertThat(added(matches, matchesBefore, "insights.metric.matches.met")).isEqualTo(1.0);
        assertThat(added(matches, matchesBefore, "insights.metric.matches.rated")).isEqualTo(1.0);
        assertThat(matches.rows()).extracting(row -> row.label().text()).containsExactly("insights.metric.matches.requested",
                "insights.metric.matches.made", "insights.metric.matches.confirmed", "insights.metric.matches.met",
                "insights.metric.matches.rated");
        assertThat(matches.rows().get(2).values().getFirst() - matchesBefore.rows().get(2).values().getFirst()).isEqualTo(1.0);

        var rewards = report("rewards", today, today).current();
        // 100 granted, 40 held, 25 for the match; the deduction and the redemption earn nothing.
        assertThat(added(rewards, rewardsBefore, "insights.metric.rewards.earned")).isEqualTo(165.0);
        assertThat(added(rewards, rewardsBefore, "insights.metric.rewards.pending")).isEqualTo(40.0);
        assertThat(added(rewards, rewardsBefore, "insights.metric.rewards.redeemed")).isEqualTo(30.0);
        assertThat(rewards.rows()).filteredOn(row -> row.label().text().endsWith(token))
                .extracting(row -> row.label().text() + " " + row.currency() + " " + row.values())
                .containsExactly(
                        "Layover friends " + token + " EUR [null, null, 1200.0, 3800.0]",
                        "Layover friends " + token + " null [25.0, 275.0, null, null]",
                        "Station hosts " + token + " EUR [null, null, 0.0, 30000.0]",
                        "Station hosts " + token + " null [0.0, 500.0, null, null]",
                        "Ferries " + token + " EUR [null, null, 30000.0, 20000.0]");

        assertRebuildGivesTheSame(today);
    }

    @Test
    void tagsAskedAboutWithoutAnActiveChampionAreListedMostAskedFirst() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var covered = "ferries-" + token;
        var bikes = "bikes-" + token;
        var trams = "trams-" + token;
        var admin = http.withToken(adminToken());
        var space = "cover-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Coverage " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(covered, bikes, trams))))).status()).isEqualTo(201);
        long spaceId = admin.get("/api/v1/spaces/" + space).json().get("id").asLong();
        var asker = http.withToken(memberWithRole("member", "Ada Asker"));
        ask(asker, space, covered);
        ask(asker, space, covered, bikes);
        ask(asker, space, trams);
        ask(asker, space, trams);
        long deleted = ask(asker, space, bikes);
        assertThat(asker.delete("/api/v1/questions/" + deleted).status()).isLessThan(300);
        var fan = peer("Fen Ferries");
        staff.post("/api/v1/champions/nominations", Map.of("memberId", fan.id(), "reason", "Knows every ferry"));
        long term = db.sql("select id from champion_terms where member_id = :m and status = 'nominated'").param("m", fan.id())
                .query(Long.class).single();
        assertThat(staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 12, "tags", List.of(covered))).status())
                .isEqualTo(200);
        awaitFeed(FEEDS);

        var figures = insights.report(staffActor, "champion-coverage", new Period(today, today), spaceId, null).current();
        assertThat(value(figures, "insights.metric.champion-coverage.tags")).isEqualTo(3.0);
        assertThat(value(figures, "insights.metric.champion-coverage.covered")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(value(figures, "insights.metric.champion-coverage.uncovered")).isEqualTo(2.0);
        // Two on trams, one on bikes: the deleted question counts under none.
        assertThat(value(figures, "insights.metric.champion-coverage.uncovered-questions")).isEqualTo(3.0);
        assertThat(figures.rows()).extracting(row -> row.label().text() + " " + row.values())
                .containsExactly(trams + " [2.0]", bikes + " [1.0]");
        var oneTag = insights.report(staffActor, "champion-coverage", new Period(today, today), spaceId, covered).current();
        assertThat(value(oneTag, "insights.metric.champion-coverage.covered")).isEqualTo(1.0);
        assertThat(oneTag.rows()).isEmpty();
    }

    /** Every figure of the family over the period, then again after missions' and rewards' facts were rebuilt from scratch. */
    private void assertRebuildGivesTheSame(LocalDate day) {
        var period = new Period(day, day);
        var followed = insights.family(staffActor, "peer_army", period, null, null);
        transaction.executeWithoutResult(status -> {
            missionFacts.rebuild(done -> { });
            rewardFacts.rebuild(done -> { });
        });
        var rebuilt = insights.family(staffActor, "peer_army", period, null, null);
        assertThat(rebuilt).extracting(MetricReport::metric).contains("mission-fill", "attendance", "matches", "rewards", "fairness");
        assertThat(rebuilt).isEqualTo(followed);
    }

    private MetricReport report(String metric, LocalDate from, LocalDate to) {
        return insights.report(staffActor, metric, new Period(from, to), null, null);
    }

    private static Double value(Figures figures, String key) {
        return figures.headline(key).value();
    }

    private static double added(Figures now, Figures before, String key) {
        return now.headline(key).value() - before.headline(key).value();
    }

    private long ask(Http asker, String space, String... tags) {
        var question = asker.post("/api/v1/questions", Map.of("space", space, "tags", List.of(tags),
                "title", "Which ticket covers the " + String.join(" and ", tags) + " " + UUID.randomUUID(),
                "body", "I travel every week and wonder which ticket is right. " + token));
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        return question.json().get("id").asLong();
    }

    private long slot(Instant start, int capacity, Instant optInUntil) {
        var body = new java.util.HashMap<String, Object>(Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "Central hall", "capacity", capacity));
        if (optInUntil != null) body.put("optInUntil", optInUntil.toString());
        var created = staff.post("/api/v1/missions/" + shiftMission + "/slots", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long signUp(Peer peer, long slot, int party) {
        var signup = peer.http().post("/api/v1/slots/" + slot + "/signups", Map.of("partySize", party));
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        return signup.json().get("id").asLong();
    }

    private Peer peer(String name) {
        var email = uniqueEmail("peer");
        long id = verifiedMember(email, name);
        return new Peer(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Peer matchPeer(String name, String language) {
        var peer = peer(name);
        assertThat(peer.http().patch("/api/v1/me", Map.of("displayName", name, "languages", List.of(language))).status()).isEqualTo(200);
        var week = String.join(", ", Arrays.stream("Mon Tue Wed Thu Fri Sat Sun".split(" ")).map(d -> d + " 00:00-24:00").toList());
        assertThat(peer.http().put("/api/v1/me/peer-profile", Map.of("interests", List.of(), "matching", true,
                "availability", PeerProfiles.parse(week))).status()).isEqualTo(200);
        return peer;
    }

    /** A visitor's request, in days from now; the returned client carries its access key. */
    private Peer request(String mission, String language, int inDays) {
        var start = Instant.now().plus(Duration.ofDays(inDays)).atZone(ZoneOffset.UTC).withHour(10).withMinute(0).withSecond(0)
                .withNano(0).toInstant();
        var visitor = new Http("http://localhost:" + port);
        var answer = visitor.post("/api/v1/missions/" + mission + "/requests", Map.of("name", "Tom Traveller",
                "email", uniqueEmail("traveller"), "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(6)).toString(), "place", "Schiphol airport", "language", language));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new Peer(answer.json().get("request").get("id").asLong(), null,
                visitor.withHeaders(Map.of("Muster-Match-Key", answer.json().get("accessKey").asString())));
    }
}
