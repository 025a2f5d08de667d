package org.muster.insights;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Freshness over a small community: an accepted and a validated solution, an accepted answer deleted
 * afterwards, an answer nobody accepted, a flag saying an answer is wrong; ages measured from the end
 * of a period, with the months an admin set.
 */
class FreshnessInsightsTests extends IntegrationTest {

    private static final String KEY = "insights.metric.freshness.";

    @Autowired
    Insights insights;

    @Autowired
    FreshnessFollower follower;

    @Autowired
    TransactionTemplate transaction;

    private final String token = "fr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;
    private Actor staff;
    private long space;

    @BeforeEach
    void community() {
        admin = http.withToken(adminToken());
        long staffId = memberFixture().create(uniqueEmail("staff"), "Staff Reader", "staff");
        staff = new Actor(staffId, Role.STAFF, "Staff Reader", ZoneOffset.UTC);
        var created = admin.post("/api/v1/spaces", Map.of("slug", "fresh-" + token, "name", "Fresh " + token,
                "visibility", "public", "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "modem")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        space = created.json().get("id").asLong();
    }

    @AfterEach
    void defaultMonths() {
        admin.put("/api/v1/insights/settings/freshness-months", Map.of("months", 12));
    }

    @Test
    void sharesOfOldSolutionsAtThePeriodsEndPerTagAndARebuildGivesTheSameFigures() {
        var asker = http.withToken(memberWithRole("member", "Asker"));
        var helper = http.withToken(memberWithRole("member", "Helper"));
        var official = http.withToken(memberWithRole("staff", "Official"));
        long accepted = ask(asker, "router", "Router drops Wi-Fi at night " + token);
        long acceptedAnswer = answer(helper, accepted);
        assertThat(asker.post("/api/v1/questions/" + accepted + "/accept", Map.of("answerId", acceptedAnswer)).status()).isEqualTo(200);
        long validated = ask(asker, "modem", "Modem loses sync when it rains " + token);
        assertThat(official.post("/api/v1/answers/" + answer(helper, validated) + "/validate", Map.of()).status()).isEqualTo(200);
        long deleted = ask(asker, "router", "Router forgets the guest network " + token);
        long deletedAnswer = answer(helper, deleted);
        assertThat(asker.post("/api/v1/questions/" + deleted + "/accept", Map.of("answerId", deletedAnswer)).status()).isEqualTo(200);
        assertThat(helper.delete("/api/v1/answers/" + deletedAnswer).status()).isBetween(200, 204);
        answer(helper, ask(asker, "modem", "Modem lights blink orange " + token));
        assertThat(http.withToken(memberWithRole("member", "Flagger")).post("/api/v1/posts/" + acceptedAnswer + "/flags",
                Map.of("reason", "wrong")).status()).isEqualTo(201);
        awaitFeed("insights.freshness", "insights.moderation");

        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(headlines(figures(today, null))).containsExactly(0.0, 2.0, 1.0);
        assertThat(ages(figures(today, null))).containsExactly(2.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(headlines(figures(today, "router"))).containsExactly(0.0, 1.0, 1.0);
        assertThat(headlines(figures(today, "modem"))).containsExactly(0.0, 1.0, 0.0);
        assertThat(headlines(figures(today.minusDays(1), null))).as("nothing was solved before today")
                .containsExactly(null, 0.0, 0.0);
        // Thirteen months on, today's solutions are old; with eighteen months they are not yet.
        var later = today.plusMonths(13);
        assertThat(headlines(figures(later, null))).containsExactly(1.0, 2.0, 0.0);
        assertThat(ages(figures(later, null))).containsExactly(0.0, 0.0, 0.0, 2.0, 0.0);
        assertThat(admin.put("/api/v1/insights/settings/freshness-months", Map.of("months", 18)).json().get("months").asLong())
                .isEqualTo(18);
        assertThat(headlines(figures(later, null))).containsExactly(0.0, 2.0, 0.0);

        var kept = facts();
        transaction.executeWithoutResult(status -> follower.rebuild(done -> { }));
        assertThat(facts()).isEqualTo(kept);
        assertThat(headlines(figures(today, "router"))).containsExactly(0.0, 1.0, 1.0);
        assertThat(headlines(figures(later, null))).containsExactly(0.0, 2.0, 0.0);
    }

    @Test
    void onlyAdminsSetTheMonthsAndOnlyFromOneToOneHundredTwenty() {
        var path = "/api/v1/insights/settings/freshness-months";
        assertThat(http.put(path, Map.of("months", 6)).status()).isIn(401, 403);
        assertThat(http.withToken(memberWithRole("staff")).put(path, Map.of("months", 6)).status()).isEqualTo(403);
        assertThat(http.withToken(memberWithRole("member")).get(path).status()).isEqualTo(403);
        var refused = admin.put(path, Map.of("months", 0));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("months");
        assertThat(admin.put(path, Map.of("months", 121)).status()).isEqualTo(400);
        assertThat(admin.get(path).json().get("months").asLong()).isEqualTo(12);
        assertThat(admin.put(path, Map.of("months", 6)).status()).isEqualTo(200);
        assertThat(http.withToken(memberWithRole("staff")).get(path).json().get("months").asLong()).isEqualTo(6);
    }

    @Test
    void anAdminSetsTheMonthsOnAPageWithEachMistakeBesideTheField() {
        var page = "/insights/health/freshness";
        var staff = http.withToken(memberWithRole("staff"));
        assertThat(staff.get(page).status()).isEqualTo(403);
        assertThat(staff.submit("/insights/health", page, Map.of("months", "twelve")).status())
                .as("a wrong value from someone who may not set it is refused for who he is, not for what he wrote").isEqualTo(403);
        assertThat(admin.get("/insights/health").body()).contains("href=\"/insights/health/freshness\"");
        var empty = admin.submit(page, page, Map.of("months", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("months-error").contains("Give a number of months from 1 to 120.");
        assertThat(admin.submit(page, page, Map.of("months", "twelve")).body()).contains("months-error");
        assertThat(admin.submit(page, page, Map.of("months", "121")).body()).contains("Give a number of months from 1 to 120.");
        var right = admin.submit(page, page, Map.of("months", "9"));
        assertThat(right.status()).isIn(302, 303);
        assertThat(admin.get(page).body()).contains("value=\"9\"");
        admin.put("/api/v1/insights/settings/freshness-months", Map.of("months", 12));
    }

    private Figures figures(LocalDate day, String tag) {
        return insights.report(staff, "freshness", new Period(day, day), space, tag).current();
    }

    private static List<Double> headlines(Figures figures) {
        return figures.headlines().stream().map(Figures.Headline::value).toList();
    }

    private static List<Double> ages(Figures figures) {
        return figures.rows().stream().map(row -> row.values().getFirst()).toList();
    }

    private List<String> facts() {
        return db.sql("""
                        select question_id || ' ' || space_id || ' ' || tags::text || ' ' || posted_at
                        from insight_solutions order by question_id""")
                .query(String.class).list();
    }

    private long ask(Http who, String tag, String title) {
        var asked = who.post("/api/v1/questions", Map.of("space", "fresh-" + token, "tags", List.of(tag), "title", title,
                "body", "It started after the last firmware update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private long answer(Http who, long question) {
        var answered = who.post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Update the firmware, then reset the settings from the admin page. " + token));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }
}
