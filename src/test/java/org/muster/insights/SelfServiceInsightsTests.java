package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.search.SearchActivity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small community searching, opening, asking and escalating through the API as its members and
 * visitors would; the self-service figures are checked exactly, then against a rebuild. The support
 * family's daily totals are not on this branch: the question funnel's are seeded here, in a space with
 * no questions of its own, so that the support family's real totals never add to them.
 */
class SelfServiceInsightsTests extends IntegrationTest {

    @Autowired
    SelfServiceFollower follower;
    @Autowired
    SearchActivity searchLog;
    @Autowired
    List<Metric> metrics;
    @Autowired
    DailyTotals totals;
    @Autowired
    TransactionTemplate transaction;

    private final String token = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;

    @Test
    void searchGapsAndTheSelfServiceFunnelCountExactlyAndARebuildGivesTheSame() {
        admin = http.withToken(adminToken());
        var space = space();
        long spaceId = spaceId(space);
        // Another public space, so that a search without space: looks in more than this one.
        var other = space();
        var asker = member("Asker");
        var helper = member("Helper");
        long solved = solvedQuestion(asker, helper, space, "Kettle switch clicks off early " + token);
        long solvedElsewhere = solvedQuestion(asker, helper, other, "Kettle switch of another brand " + token);
        long unsolved = ask(asker, space, "Kettle lid hinge squeaks " + token, "The hinge of the kettle's lid squeaks when it opens.");
        var m3 = member("Three");
        long earlierOfM3 = ask(m3, space, "Kettle base wobbles " + token, "The base of the kettle wobbles on the counter.");
        var m4 = member("Four");
        ask(m4, space, "Kettle cord too short " + token, "The cord of the kettle does not reach the socket.");
        awaitFeed("search.index", "insights.search");
        long before = searchLog.lastIdBefore(Instant.now());

        // Self-served: opens the solved question and does nothing more.
        open(member("One"), space, "kettle switch", solved);
        // Opens the solved question, then asks all the same: not self-served.
        var m2 = member("Two");
        open(m2, space, "kettle switch off", solved);
        // Opens it, then escalates a question of his own asked before: not self-served.
        open(m3, space, "kettle clicks", solved);
        // Opens it; his question was asked before the search, which does not count against it: self-served.
        open(m4, space, "switch kettle early", solved);
        // Opens an unsolved question: searched only.
        var m5 = member("Five");
        open(m5, space, "kettle hinge", unsolved);
        // Claims to have opened a solved question of a space the search did not look in: opened, but no solved question.
        var forged = search(m5, "space:" + space + " " + token + " kettle lid hinge").get("searchKey").asString();
        assertThat(m5.get("/search/open?s=" + forged + "&q=" + solvedElsewhere).status()).isIn(302, 303);
        // A visitor's search counts among searches, never in the funnel: a visitor cannot be followed.
        open(http, space, "kettle switch boils", solved);
        var m6 = member("Six");
        // Nothing found, within the space: a gap of the first kind.
        // (One word no question has: nothing found by words or by meaning.)
        assertThat(search(m6, "space:" + space + " " + token + "nowhere").get("total").asInt()).isZero();
        // Found, nothing opened: a gap of the second kind.
        assertThat(search(m6, "space:" + space + " " + token + " kettle lid").get("total").asInt()).isPositive();
        // Found nothing, looked in two spaces: counts only where both are counted, so not in this space alone. (Two
        // spaces of this test's own, so that no other test's question can be found by meaning.)
        assertThat(search(http, "space:" + space + " space:" + other + " " + token + "nowhere").get("total").asInt()).isZero();

        ask(m2, space, "Kettle still clicks off " + token, "Descaling did not help, it still switches off.");
        assertThat(m3.post("/api/v1/questions/" + earlierOfM3 + "/escalate", Map.of()).status()).isEqualTo(201);
        awaitLogged(before, 10);
        awaitFeed("insights.search");
        transaction.executeWithoutResult(status -> follower.copy(Instant.now()));

        var today = LocalDate.now(ZoneOffset.UTC);
        var now = new Scope(new Period(today, today), List.of(spaceId), null, Instant.now());
        var weekLater = new Scope(now.period(), now.spaces(), null, now.now().plus(Duration.ofDays(8)));

        var gaps = metric("search-gaps").figures(now);
        assertThat(values(gaps)).containsExactly(9.0, 1.0, 1.0 / 9, 1.0, 1.0 / 8);
        var todayRow = gaps.rows().stream().filter(r -> r.label().text().equals(today.toString())).findFirst().orElseThrow();
        assertThat(todayRow.values()).containsExactly(9.0, 1.0, 1.0, 1.0 / 9, 1.0 / 8);
        assertThat(gaps.rows()).hasSize(1);
        // The other space has none of these searches, not even the visitor's that looked in it among others.
        var otherSpace = new Scope(now.period(), List.of(spaceId(other)), null, now.now());
        assertThat(values(metric("search-gaps").figures(otherSpace))).containsExactly(0.0, 0.0, null, 0.0, null);
        assertThat(values(metric("self-service").figures(otherSpace))).containsExactly(0.0, 0.0, 0.0, null);
        var queries = metric("search-gap-queries").figures(now);
        assertThat(queries.headline("insights.metric.search-gap-queries.queries").value()).isEqualTo(2.0);
        assertThat(queries.rows()).extracting(r -> r.label().text(), Figures.Row::values).containsExactly(
                org.assertj.core.groups.Tuple.tuple("space:" + space + " " + token + "nowhere", List.of(1.0, 1.0, 0.0)),
                org.assertj.core.groups.Tuple.tuple("kettle lid space:" + space + " " + token, List.of(1.0, 0.0, 1.0)));

        // Searches younger than 7 days never reach the last stage.
        assertThat(values(metric("self-service").figures(now))).containsExactly(8.0, 4.0, 0.0, null);
        var funnel = metric("self-service").figures(weekLater);
        assertThat(values(funnel)).containsExactly(8.0, 4.0, 2.0, 0.5);
        assertThat(funnel.rows()).extracting(r -> r.values().getFirst()).containsExactly(8.0, 4.0, 2.0);

        var all = everyFigure(List.of(now, weekLater));
        transaction.executeWithoutResult(status -> follower.rebuild(done -> {
        }));
        assertThat(everyFigure(List.of(now, weekLater))).isEqualTo(all);
    }

    @Test
    void theQuestionFunnelAndTheDeflectionEstimateAddUpTheSupportTotals() {
        admin = http.withToken(adminToken());
        long spaceId = spaceId(space());
        var today = LocalDate.now(ZoneOffset.UTC);
        totals.add(List.of(cell("asked", today, spaceId, "", 5), cell("answered", today, spaceId, "", 4),
                cell("resolved", today, spaceId, "", 3), cell("escalated", today, spaceId, "", 1),
                cell("asked", today, spaceId, "kettles", 2), cell("resolved", today, spaceId, "kettles", 1),
                // The day before the period: not counted.
                cell("asked", today.minusDays(1), spaceId, "", 7)));
        var scope = new Scope(new Period(today, today), List.of(spaceId), null, Instant.now());

        var funnel = metric("question-funnel").figures(scope);
        assertThat(values(funnel)).containsExactly(5.0, 0.8, 0.6, 0.2);
        assertThat(funnel.rows()).extracting(r -> r.values().getFirst()).containsExactly(5.0, 4.0, 3.0, 1.0);
        var tagged = metric("question-funnel").figures(new Scope(scope.period(), scope.spaces(), "kettles", scope.now()));
        assertThat(values(tagged)).containsExactly(2.0, 0.0, 0.5, 0.0);
        var none = metric("question-funnel").figures(new Scope(scope.period(), List.of(), null, scope.now()));
        assertThat(values(none)).containsExactly(0.0, null, null, null);

        assertThat(admin.put("/api/v1/insights/deflection-weights", Map.of("selfService", 40, "community", 50)).status()).isEqualTo(200);
        var deflection = metric("deflection").figures(scope);
        // 40 % of no self-served search + 50 % of (3 resolved - 1 escalated); a tag does not narrow it.
        assertThat(values(deflection)).containsExactly(1.0, 0.4, 0.5);
        assertThat(values(metric("deflection").figures(new Scope(scope.period(), scope.spaces(), "kettles", scope.now()))))
                .containsExactly(1.0, 0.4, 0.5);
        assertThat(deflection.rows()).extracting(Figures.Row::values).containsExactly(List.of(0.0, 0.0), List.of(2.0, 1.0));
    }

    @Test
    void onlyAnAdminSetsTheDeflectionWeightsAndWrongOnesAreRefusedBesideTheirField() {
        admin = http.withToken(adminToken());
        var staff = new Http("http://localhost:" + port).withToken(memberWithRole("staff"));
        var member = new Http("http://localhost:" + port).withToken(memberWithRole("member"));
        var body = Map.of("selfService", 35, "community", 65);
        assertThat(http.put("/api/v1/insights/deflection-weights", body).status()).isEqualTo(401);
        assertThat(member.put("/api/v1/insights/deflection-weights", body).status()).isEqualTo(403);
        assertThat(staff.put("/api/v1/insights/deflection-weights", body).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/insights/deflection-weights").status()).isEqualTo(403);
        assertThat(member.get("/insights/self-service/deflection").status()).isEqualTo(403);

        var wrong = admin.put("/api/v1/insights/deflection-weights", Map.of("selfService", 101, "community", -1));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("selfService").contains("community");
        var missing = admin.put("/api/v1/insights/deflection-weights", Map.of("selfService", 20));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("community");

        var set = admin.put("/api/v1/insights/deflection-weights", body);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("selfService").asInt()).isEqualTo(35);
        assertThat(staff.get("/api/v1/insights/deflection-weights").json().get("community").asInt()).isEqualTo(65);
        assertThat(db.sql("select count(*) from domain_events where type = 'DeflectionWeightsChanged'").query(Long.class).single())
                .isPositive();

        assertThat(http.get("/api/v1/openapi.json").body()).contains("/api/v1/insights/deflection-weights");

        var page = "/insights/self-service/deflection";
        assertThat(admin.get(page).body()).contains("35 %").contains("65 %");
        var empty = admin.submit(page, page, Map.of("selfService", "", "community", "10"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("selfService-error").contains("Enter a weight from 0 to 100.");
        var words = admin.submit(page, page, Map.of("selfService", "30", "community", "lots"));
        assertThat(words.body()).contains("community-error").contains("Community weight must be a whole number.");
        var high = admin.submit(page, page, Map.of("selfService", "30", "community", "250"));
        assertThat(high.body()).contains("community-error").contains("A weight is a whole number from 0 to 100.");
        var right = admin.submit(page, page, Map.of("selfService", "25", "community", "70"));
        assertThat(right.status()).isIn(302, 303);
        assertThat(admin.get(page).body()).contains("25 % \u00d7 self-service successes").contains("70 %");
        assertThat(staff.get("/api/v1/insights/deflection-weights").json().get("selfService").asInt()).isEqualTo(25);
    }

    private Metric metric(String name) {
        return metrics.stream().filter(m -> m.about().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Double> values(Figures figures) {
        var values = new ArrayList<Double>();
        figures.headlines().forEach(h -> values.add(h.value()));
        return values;
    }

    private List<Figures> everyFigure(List<Scope> scopes) {
        var figures = new ArrayList<Figures>();
        for (var scope : scopes)
            for (var metric : metrics)
                if (metric.about().family() == Metric.Family.SELF_SERVICE) figures.add(metric.figures(scope));
        return figures;
    }

    private static DailyTotals.Cell cell(String stage, LocalDate day, long spaceId, String tag, long value) {
        return new DailyTotals.Cell("support." + stage, day, spaceId, tag, value);
    }

    private String space() {
        var slug = "kettles-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Kettles " + slug, "visibility", "public"));
        if (created.status() != 201) throw new AssertionError(created.body());
        return slug;
    }

    private long spaceId(String slug) {
        return admin.get("/api/v1/spaces/" + slug).json().get("id").asLong();
    }

    /** A champion, who may create the tag his question needs. */
    private Http member(String name) {
        return new Http("http://localhost:" + port).withToken(memberWithRole("champion", name));
    }

    private long ask(Http who, String space, String title, String body) {
        var response = who.post("/api/v1/questions", Map.of("space", space, "title", title, "body", body, "tags", List.of("kettles")));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    private long solvedQuestion(Http asker, Http helper, String space, String title) {
        long id = ask(asker, space, title, "The kettle switches off before the water boils.");
        long answer = helper.post("/api/v1/questions/" + id + "/answers", Map.of("body", "Descale the kettle; the sensor sits under the scale."))
                .json().get("id").asLong();
        assertThat(asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answer)).status()).isEqualTo(200);
        return id;
    }

    private tools.jackson.databind.JsonNode search(Http who, String query) {
        var response = who.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (response.status() != 200) throw new AssertionError(response.body());
        return response.json();
    }

    /** Searches within the space and opens this question from the results, through the results' link. */
    private void open(Http who, String space, String words, long questionId) {
        var results = search(who, "space:" + space + " " + token + " " + words);
        var found = new ArrayList<Long>();
        results.get("hits").forEach(hit -> found.add(hit.get("id").asLong()));
        assertThat(found).contains(questionId);
        var opened = who.get("/search/open?s=" + results.get("searchKey").asString() + "&q=" + questionId);
        assertThat(opened.status()).isIn(200, 302, 303);
    }

    /** Waits until this many of this test's searches are in the log (each node writes its own about once a second). */
    private void awaitLogged(long after, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (searchLog.batchAfter(after, 10_000).stream().filter(s -> s.normalized().contains(token)).count() < count) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("The searches were not logged");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
