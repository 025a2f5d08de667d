package org.muster.insights;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Forbidden;
import org.muster.platform.Role;
import org.muster.platform.Unauthenticated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small community built through the API as its members would, its posts then moved back in time
 * (the database sets every post's time, so the test sets them afterwards and lets a last edit of each
 * question reach the feed): every support and cohort figure checked to the second and the share, and
 * again after a rebuild from scratch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportInsightsTests extends IntegrationTest {

    private static final long HOUR = 3600;

    @Autowired
    private Insights insights;
    @Autowired
    private SupportFacts facts;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private MeterRegistry registry;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    /** The first day of the community: long enough ago that every cohort's 90 days have passed. */
    private final LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(200);
    private final Period period = new Period(first, first.plusDays(9));
    private final List<Long> asked = new ArrayList<>();
    private final Map<Long, Http> askers = new HashMap<>();
    private long spaceId;
    private long hiddenSpaceId;
    private String space;
    private Actor staff;
    private Actor member;

    @BeforeAll
    void community() {
        http = new Http("http://localhost:" + port);
        var admin = http.withToken(adminToken());
        space = "support-" + token;
        spaceId = space(admin, space, "public");
        var hidden = "support-staff-" + token;
        hiddenSpaceId = space(admin, hidden, "staff");

        var alice = as(memberWithRole("member", "Alice " + token));
        var bob = as(memberWithRole("member", "Bob " + token));
        var peer = as(memberWithRole("member", "Petra " + token));
        var champion = as(memberWithRole("champion", "Chandra " + token));
        var staffer = as(memberWithRole("staff", "Sam " + token));
        staff = new Actor(id(staffer), Role.STAFF, "Sam", ZoneOffset.UTC);
        member = new Actor(id(peer), Role.MEMBER, "Petra", ZoneOffset.UTC);

        // Q1: a peer answers after 2 hours, the asker accepts 5 hours after asking.
        var t1 = at(0, 10);
        long q1 = ask(alice, space, "router", "Router drops the line every evening", t1);
        long a1 = answer(peer, q1, "Pick a fixed channel; the automatic pick crowds with the neighbours.", t1.plusSeconds(2 * HOUR));
        accept(alice, q1, a1, t1.plusSeconds(5 * HOUR));

        // Q2: the asker's own comment is no response; staff comments after 4 hours, a peer answers, staff validates at 48 hours.
        var t2 = at(0, 12);
        long q2 = ask(alice, space, "wifi", "Wifi vanishes after the firmware update", t2);
        comment(alice, q2, "Still happening this morning, any idea?", t2.plusSeconds(HOUR));
        comment(staffer, q2, "Which firmware version exactly is on the box?", t2.plusSeconds(4 * HOUR));
        long a2 = answer(peer, q2, "Roll back to 2.0; 2.1 has a known radio bug on this model.", t2.plusSeconds(30 * HOUR));
        var validated = staffer.post("/api/v1/answers/" + a2 + "/validate", Map.of());
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        db.sql("update posts set validated_at = :at where id = :id").param("at", Timestamp.from(t2.plusSeconds(48 * HOUR)))
                .param("id", a2).update();

        // Q3: answered and accepted only by its asker: no response, not resolved.
        var t3 = at(1, 9);
        long q3 = ask(bob, space, "router", "Port forwarding ignores my rules", t3);
        long own = answer(bob, q3, "Found it myself: the rules need the fixed address set first.", t3.plusSeconds(HOUR));
        accept(bob, q3, own, t3.plusSeconds(HOUR));

        // Q4: a peer's answer, accepted, then deleted by its author: neither a response nor a resolution
        // any more; the champion's comment at 50 hours is the first response.
        var t4 = at(2, 8);
        long q4 = ask(bob, space, "router", "Guest network reaches the main network", t4);
        long a4 = answer(peer, q4, "Turn on client isolation in the guest settings page.", t4.plusSeconds(3 * HOUR));
        accept(bob, q4, a4, t4.plusSeconds(6 * HOUR));
        assertThat(peer.delete("/api/v1/answers/" + a4).status()).isEqualTo(204);
        comment(champion, q4, "Isolation alone is not enough here, check the VLAN too.", t4.plusSeconds(50 * HOUR));

        // Q5: deleted by its asker: out of every figure, answer and all.
        var t5 = at(3, 10);
        long q5 = ask(alice, space, "wifi", "Mesh satellites lose the backhaul", t5);
        answer(peer, q5, "Move the satellite closer for the first pairing.", t5.plusSeconds(HOUR));
        assertThat(alice.delete("/api/v1/questions/" + q5).status()).isEqualTo(204);
        asked.remove(q5);

        // Q6: nobody responds; the asker escalates it to official support, and comes back 60 days later.
        var t6 = at(4, 10);
        long q6 = ask(alice, space, "router", "Router reboots when the phone line rings", t6);
        var ticket = alice.post("/api/v1/questions/" + q6 + "/escalate", Map.of());
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        db.sql("update posts set escalated_at = :at where id = :id").param("at", Timestamp.from(t6.plusSeconds(3 * HOUR)))
                .param("id", q6).update();
        comment(alice, q4, "Same here, isolation did not help me either.", t6.plusSeconds(60 * 24 * HOUR));

        // A question in a staff-only space, the same period: only counted where that space is counted.
        ask(staffer, hidden, "router", "Staff-only question about the router", at(1, 12));

        // The last edit of each question reaches the feed after every time above was set.
        for (var question : asked) {
            var edited = askers.get(question).patch("/api/v1/questions/" + question, Map.of("body",
                    "The router drops the connection every hour since the update; edited " + question + "."));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        }
        awaitFeed("insights.support");
    }

    @Test
    void firstResponseCountsOnlyLiveResponsesByOthers() {
        var figures = figures("first-response", spaceId, null);
        // Q1 2 h, Q2 4 h (staff's comment, not the asker's), Q4 50 h (the deleted answer gone); Q3 and Q6 none.
        assertThat(value(figures, "insights.metric.first-response.median")).isEqualTo(4.0 * HOUR);
        assertThat(value(figures, "insights.metric.first-response.p90")).isEqualTo(146_880.0); // 4 h + 0.8 × (50 h − 4 h)
        assertThat(value(figures, "insights.metric.first-response.answered")).isEqualTo(3.0);
        assertThat(figures.rows()).hasSize(10);
        assertThat(figures.rows().getFirst().values()).containsExactly(3.0 * HOUR, 2 * HOUR + 0.9 * 2 * HOUR);
        assertThat(figures.rows().get(1).values()).containsExactly(null, null);
        assertThat(figures.rows().get(2).values()).containsExactly(50.0 * HOUR, 50.0 * HOUR);
    }

    @Test
    void resolutionNeedsALiveAnswerBySomeoneElse() {
        var figures = figures("resolution", spaceId, null);
        // Q1 accepted at 5 h, Q2 validated at 48 h; Q3 self-answered, Q4's accepted answer deleted.
        assertThat(value(figures, "insights.metric.resolution.rate")).isEqualTo(2 / 5.0);
        assertThat(value(figures, "insights.metric.resolution.resolved")).isEqualTo(2.0);
        assertThat(value(figures, "insights.metric.resolution.median")).isEqualTo(26.5 * HOUR);
        assertThat(value(figures, "insights.metric.resolution.p90")).isEqualTo(5 * HOUR + 0.9 * 43 * HOUR);
        assertThat(figures.rows().getFirst().values()).containsExactly(1.0, 26.5 * HOUR, 5 * HOUR + 0.9 * 43 * HOUR);
        assertThat(figures.rows().get(1).values()).containsExactly(0.0, null, null);
        assertThat(figures.rows().get(5).values()).containsExactly(null, null, null);
    }

    @Test
    void unansweredCountsResponsesWithinADayAndAWeek() {
        var figures = figures("unanswered", spaceId, null);
        // No response within 24 h: Q3, Q4 (50 h), Q6; within 7 days: Q3, Q6.
        assertThat(value(figures, "insights.metric.unanswered.after-day")).isEqualTo(3 / 5.0);
        assertThat(value(figures, "insights.metric.unanswered.after-week")).isEqualTo(2 / 5.0);
        assertThat(figures.rows().get(2).values()).containsExactly(1.0, 0.0);
    }

    @Test
    void aQuestionYoungerThanTheWindowIsInNoShare() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var young = "support-young-" + token;
        long youngSpace = space(http.withToken(adminToken()), young, "public");
        var asker = as(memberWithRole("member", "Young asker " + token));
        var asked = asker.post("/api/v1/questions", Map.of("space", young, "title", "Asked just now about the router",
                "body", "Nobody had the time to answer this yet, it is brand new.", "tags", List.of("router")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        awaitFeed("insights.support");
        var figures = insights.report(staff, "unanswered", new Period(today, today), youngSpace, null).current();
        assertThat(value(figures, "insights.metric.unanswered.after-day")).isNull();
        assertThat(value(figures, "insights.metric.unanswered.after-week")).isNull();
        var escalation = insights.report(staff, "escalation-rate", new Period(today, today), youngSpace, null).current();
        assertThat(value(escalation, "insights.metric.escalation-rate.rate")).isEqualTo(0.0);
    }

    @Test
    void escalationStaffInterventionAndPeersVersusStaff() {
        var escalation = figures("escalation-rate", spaceId, null);
        assertThat(value(escalation, "insights.metric.escalation-rate.rate")).isEqualTo(1 / 5.0);
        assertThat(value(escalation, "insights.metric.escalation-rate.count")).isEqualTo(1.0);
        assertThat(escalation.rows().get(4).values()).containsExactly(1.0, 1.0);

        var intervention = figures("staff-intervention", spaceId, null);
        // Only in Q2 did staff comment and validate; the champion's comment on Q4 is a peer's.
        assertThat(value(intervention, "insights.metric.staff-intervention.rate")).isEqualTo(1 / 5.0);

        var split = figures("peer-vs-staff", spaceId, null);
        // First responses: Q1 a peer, Q2 staff, Q4 the champion (a peer).
        assertThat(value(split, "insights.metric.peer-vs-staff.peers")).isEqualTo(2 / 3.0);
        assertThat(value(split, "insights.metric.peer-vs-staff.staff")).isEqualTo(1 / 3.0);
        assertThat(split.rows().getFirst().values()).containsExactly(1.0, 1.0);
    }

    @Test
    void retentionComparesAcceptedWithUnanswered() {
        var figures = figures("retention", spaceId, null);
        // Accepted: Q1, whose asker asked again 2 hours later. Unanswered within 7 days: Q3 (its
        // asker asked Q4 the next day) and Q6 (its asker commented 60 days later).
        assertThat(value(figures, "insights.metric.retention.accepted.30")).isEqualTo(1.0);
        assertThat(value(figures, "insights.metric.retention.accepted.90")).isEqualTo(1.0);
        assertThat(value(figures, "insights.metric.retention.unanswered.30")).isEqualTo(0.5);
        assertThat(value(figures, "insights.metric.retention.unanswered.90")).isEqualTo(1.0);
        assertThat(figures.rows().get(1).values()).containsExactly(2.0, 0.5, 2.0, 1.0);
    }

    @Test
    void aTagNarrowsEveryFigure() {
        var figures = figures("first-response", spaceId, "router");
        // Router questions: Q1 (2 h), Q3, Q4 (50 h), Q6.
        assertThat(value(figures, "insights.metric.first-response.median")).isEqualTo(26.0 * HOUR);
        assertThat(value(figures("resolution", spaceId, "router"), "insights.metric.resolution.rate")).isEqualTo(1 / 4.0);
        assertThat(value(figures("staff-intervention", spaceId, "wifi"), "insights.metric.staff-intervention.rate"))
                .isEqualTo(1.0);
    }

    @Test
    void theSpaceChosenAndOnlyStaffSeeTheFigures() {
        assertThat(value(figures("escalation-rate", hiddenSpaceId, null), "insights.metric.escalation-rate.count")).isEqualTo(0.0);
        assertThat(value(figures("resolution", hiddenSpaceId, null), "insights.metric.resolution.rate")).isEqualTo(0.0);
        assertThat(value(figures("first-response", hiddenSpaceId, null), "insights.metric.first-response.median")).isNull();
        assertThatThrownBy(() -> insights.report(member, "first-response", period, spaceId, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> insights.report(Actor.visitor(), "first-response", period, spaceId, null))
                .isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aPeerMadeStaffCountsAsStaffInEarlierQuestions() {
        var slug = "support-roles-" + token;
        long roles = space(http.withToken(adminToken()), slug, "public");
        var asker = as(memberWithRole("member", "Role asker " + token));
        var helperToken = memberWithRole("member", "Role helper " + token);
        var helper = as(helperToken);
        long question = ask(asker, slug, "wifi", "Wifi drops when the microwave runs", at(5, 9));
        answer(helper, question, "Move the router away from the kitchen, or use 5 GHz.", at(5, 11));
        awaitFeed("insights.support");
        assertThat(value(figures("staff-intervention", roles, null), "insights.metric.staff-intervention.rate")).isEqualTo(0.0);
        assertThat(value(figures("peer-vs-staff", roles, null), "insights.metric.peer-vs-staff.peers")).isEqualTo(1.0);

        var promoted = http.withToken(adminToken()).patch("/api/v1/admin/members/" + id(helper), Map.of("role", "staff"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        awaitFeed("insights.support");
        assertThat(value(figures("staff-intervention", roles, null), "insights.metric.staff-intervention.rate")).isEqualTo(1.0);
        assertThat(value(figures("peer-vs-staff", roles, null), "insights.metric.peer-vs-staff.staff")).isEqualTo(1.0);
        assertThat(value(figures("first-response", roles, null), "insights.metric.first-response.median")).isEqualTo(2.0 * HOUR);
    }

    @Test
    void monitoringReadsTheMedianFirstResponseInSeconds() {
        var gauge = registry.find("muster.insights.first.response.median").gauge();
        assertThat(gauge).isNotNull();
        assertThat(gauge.getId().getBaseUnit()).isEqualTo("seconds");
    }

    @Test
    void thePreviousPeriodHasNothingToComputeFrom() {
        var report = insights.report(staff, "resolution", period, spaceId, null);
        assertThat(value(report.previous(), "insights.metric.resolution.rate")).isNull();
        assertThat(value(report.previous(), "insights.metric.resolution.median")).isNull();
        assertThat(report.comparisons().getFirst().change()).isNull();
    }

    @Test
    void aRebuildGivesTheSameFigures() {
        var names = List.of("first-response", "resolution", "unanswered", "escalation-rate", "staff-intervention",
                "peer-vs-staff", "retention");
        var before = new HashMap<String, Figures>();
        for (var name : names) {
            before.put(name, figures(name, spaceId, null));
            before.put(name + "/router", figures(name, spaceId, "router"));
        }
        var days = db.sql("select measure, day, space_id, tag, value from insight_days where measure like 'support.%' and space_id = :s order by 1, 2, 3, 4")
                .param("s", spaceId).query((rs, n) -> rs.getString(1) + rs.getDate(2) + rs.getString(4) + "=" + rs.getLong(5)).list();
        transaction.executeWithoutResult(status -> facts.rebuild(done -> {
        }));
        for (var name : names) {
            assertThat(figures(name, spaceId, null)).as(name).isEqualTo(before.get(name));
            assertThat(figures(name, spaceId, "router")).as(name).isEqualTo(before.get(name + "/router"));
        }
        assertThat(db.sql("select measure, day, space_id, tag, value from insight_days where measure like 'support.%' and space_id = :s order by 1, 2, 3, 4")
                .param("s", spaceId).query((rs, n) -> rs.getString(1) + rs.getDate(2) + rs.getString(4) + "=" + rs.getLong(5)).list())
                .isEqualTo(days).isNotEmpty();
    }

    private Figures figures(String metric, long space, String tag) {
        return insights.report(staff, metric, period, space, tag).current();
    }

    private static Double value(Figures figures, String key) {
        var headline = figures.headline(key);
        assertThat(headline).as(key).isNotNull();
        return headline.value();
    }

    private Instant at(int day, int hour) {
        return first.plusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private Http as(String bearer) {
        return new Http("http://localhost:" + port).withToken(bearer);
    }

    private static long id(Http who) {
        return who.get("/api/v1/me").json().get("id").asLong();
    }

    private static long space(Http admin, String slug, String visibility) {
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Support " + slug, "visibility", visibility,
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "wifi")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long ask(Http who, String inSpace, String tag, String title, Instant when) {
        var response = who.post("/api/v1/questions", Map.of("space", inSpace, "title", title + " " + token,
                "body", "What I see: " + title.toLowerCase() + ". What I tried: restarting it twice.", "tags", List.of(tag)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        db.sql("update posts set created_at = :at where id = :id").param("at", Timestamp.from(when)).param("id", id).update();
        if (inSpace.equals(space)) {
            asked.add(id);
            askers.put(id, who);
        }
        return id;
    }

    private long answer(Http who, long question, String body, Instant when) {
        var response = who.post("/api/v1/questions/" + question + "/answers", Map.of("body", body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        db.sql("update posts set created_at = :at where id = :id").param("at", Timestamp.from(when)).param("id", id).update();
        return id;
    }

    private void comment(Http who, long post, String body, Instant when) {
        var response = who.post("/api/v1/posts/" + post + "/comments", Map.of("body", body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        db.sql("update comments set created_at = :at where id = :id").param("at", Timestamp.from(when))
                .param("id", response.json().get("id").asLong()).update();
    }

    private void accept(Http who, long question, long answer, Instant when) {
        var response = who.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        db.sql("update posts set accepted_at = :at where id = :id").param("at", Timestamp.from(when)).param("id", question).update();
    }
}
