package org.muster.insights;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Community health over a small community built through the API, with posts moved back in time:
 * every figure exactly, the edge cases (a member who only reads, a second contribution on the 31st day,
 * a deleted accepted answer, the asker answering himself, negation), and a rebuild giving the same figures.
 */
class HealthInsightsTests extends IntegrationTest {

    private static final String UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    /** Built once: the test methods only read it (the rebuild gives it back as it was). */
    private static Community community;

    record Community(long spaceId, Actor staff, LocalDate today, long q1, long q2) {
    }

    @Autowired
    private Insights insights;

    @Autowired
    private HealthFacts facts;

    @Autowired
    private TransactionTemplate transaction;

    @BeforeEach
    void community() {
        if (community == null) community = build();
    }

    /*
     * Days before today (T):  ann asks Q1 [router] T-50 "broken" (-2; edited to add "frustrated": -4)
     *   eve asks Q2 [wifi] T-46 (-3: "slow", "no good")    bob answers Q1 T-45 (+2)     cid answers Q1 T-40 (+5, accepted)
     *   cid answers Q2 T-39 (+4)    ann comments on Q1 T-20 (-2: "sadly", "not work")   bob answers Q2 T-14 (-1)
     *   eve answers her own Q2 T-10 (+6)   gus comments on cid's answer T-5 (-3)
     *   fay answers Q2 T-3 (+3), eve accepts it, fay deletes it: out of everything.
     * Today dan (who never posts) opens Q1, ann opens Q2, a visitor opens Q1.
     */
    private Community build() {
        var admin = http.withToken(adminToken());
        var slug = "health-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Health " + slug, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "wifi")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long spaceId = created.json().get("id").asLong();
        var staffId = memberFixture().create(uniqueEmail("staff"), "Health staff", "staff");
        var staff = new Actor(staffId, Role.STAFF, "Health staff", ZoneOffset.UTC);
        var ann = member("Ann");
        var bob = member("Bob");
        var cid = member("Cid");
        var dan = member("Dan");
        var eve = member("Eve");
        var fay = member("Fay");
        var gus = member("Gus");

        long q1 = id(ann.post("/api/v1/questions", Map.of("space", slug, "title", "Router keeps dropping the connection",
                "body", "The router is broken since the update.", "tags", List.of("router"))));
        long q2 = id(eve.post("/api/v1/questions", Map.of("space", slug, "title", "Wifi slow after reset",
                "body", "Speed is no good at all on the second floor.", "tags", List.of("wifi"))));
        long a1 = answer(bob, q1, "Restart it twice, that works for most people.");
        long a2 = answer(cid, q1, "Thanks for asking. The firmware from March fixed it for me.");
        long a4 = answer(cid, q2, "Works great here with a repeater.");
        long a3 = answer(bob, q2, "Move the access point, the problem is the wall.");
        long a5 = answer(eve, q2, "Solved it myself, thanks everyone!");
        long a6 = answer(fay, q2, "Awesome trick: disable the band steering.");
        long c1 = id(ann.post("/api/v1/posts/" + q1 + "/comments", Map.of("body", "Sadly the restart did not work for me.")));
        long c2 = id(gus.post("/api/v1/posts/" + a4 + "/comments", Map.of("body", "Useless advice, sorry.")));

        var today = LocalDate.now(ZoneOffset.UTC);
        Map.of(q1, 50, q2, 46, a1, 45, a2, 40, a4, 39, a3, 14, a5, 10, a6, 3).forEach((post, days) ->
                db.sql("update posts set created_at = :at where id = :id").param("at", noonOf(today.minusDays(days)))
                        .param("id", post).update());
        Map.of(c1, 20, c2, 5).forEach((comment, days) ->
                db.sql("update comments set created_at = :at where id = :id").param("at", noonOf(today.minusDays(days)))
                        .param("id", comment).update());

        // What follows refreshes both threads, moved back in time now.
        ok(ann.post("/api/v1/questions/" + q1 + "/accept", Map.of("answerId", a2)));
        ok(eve.post("/api/v1/questions/" + q2 + "/accept", Map.of("answerId", a6)));
        ok(fay.delete("/api/v1/answers/" + a6));
        ok(ann.patch("/api/v1/questions/" + q1, Map.of("body", "The router is broken since the update and I am frustrated.")));

        ok(dan.withHeaders(Map.of("User-Agent", UA)).get("/questions/" + q1));
        ok(ann.withHeaders(Map.of("User-Agent", UA)).get("/questions/" + q2));
        ok(new Http("http://localhost:" + port).withHeaders(Map.of("User-Agent", UA)).get("/questions/" + q1));
        awaitFeed("insights.health");
        return new Community(spaceId, staff, today, q1, q2);
    }

    @Test
    void contributorsAreWhoPostedAndReadersWhoOnlyRead() {
        var figures = figures("contributors", null);
        // ann, bob, cid, eve, gus; fay's only answer is deleted. dan only read; ann read too, but contributed.
        assertThat(headline(figures, "insights.metric.contributors.contributors")).isEqualTo(5.0);
        assertThat(headline(figures, "insights.metric.contributors.readers")).isEqualTo(1.0);
        assertThat(headline(figures, "insights.metric.contributors.contributing-share")).isEqualTo(5.0 / 6);
        assertThat(figures.rows()).hasSize(60);
        assertThat(row(figures, community.today().minusDays(50))).containsExactly(1.0, 0.0);
        assertThat(row(figures, community.today().minusDays(3))).containsExactly(0.0, 0.0);
        // Today ann did not post, so she is one of the day's two readers beside dan; the visitor is nobody.
        assertThat(row(figures, community.today())).containsExactly(0.0, 2.0);

        var router = figures("contributors", "router");
        assertThat(headline(router, "insights.metric.contributors.contributors")).isEqualTo(3.0);
        assertThat(headline(router, "insights.metric.contributors.readers")).isEqualTo(1.0);
        assertThat(row(router, community.today())).containsExactly(0.0, 1.0);
    }

    @Test
    void newContributorsComeBackOnlyWithin30Days() {
        var figures = figures("new-contributors", null);
        // First contributions: ann T-50, eve T-46, bob T-45, cid T-40, gus T-5.
        assertThat(headline(figures, "insights.metric.new-contributors.new")).isEqualTo(5.0);
        // ann came back on day 30 (her comment), cid the next day; bob's second post is on day 31, eve's on day 36.
        assertThat(headline(figures, "insights.metric.new-contributors.returned")).isEqualTo(2.0);
        assertThat(headline(figures, "insights.metric.new-contributors.returned-share")).isEqualTo(0.5);
        // gus's 30 days are not over.
        assertThat(headline(figures, "insights.metric.new-contributors.undecided")).isEqualTo(1.0);
        assertThat(row(figures, community.today().minusDays(50))).containsExactly(1.0, 1.0);
        assertThat(row(figures, community.today().minusDays(45))).containsExactly(1.0, 0.0);
        assertThat(row(figures, community.today().minusDays(5))).containsExactly(1.0, 0.0);

        // In the 30 days before, nobody here contributed first.
        assertThat(headline(report("new-contributors", null).previous(), "insights.metric.new-contributors.new")).isZero();
        assertThat(headline(report("new-contributors", null).previous(), "insights.metric.new-contributors.returned-share")).isNull();
    }

    @Test
    void concentrationCountsLiveAnswersAndWhoCarriesTheAcceptedOnes() {
        var figures = figures("concentration", null);
        // bob 2, cid 2, eve 1 (her own question's); fay's deleted answer is out, and with it its acceptance.
        assertThat(headline(figures, "insights.metric.concentration.answers")).isEqualTo(5.0);
        assertThat(headline(figures, "insights.metric.concentration.answerers")).isEqualTo(3.0);
        // The top 1 % and 5 % of three answerers are one member: 2 of 5 answers.
        assertThat(headline(figures, "insights.metric.concentration.top1-share")).isEqualTo(0.4);
        assertThat(headline(figures, "insights.metric.concentration.top5-share")).isEqualTo(0.4);
        assertThat(headline(figures, "insights.metric.concentration.half-accepted")).isEqualTo(1.0);
        assertThat(figures.rows()).extracting(r -> r.label().text()).containsExactly("Bob", "Cid", "Eve");
        assertThat(figures.rows()).extracting(Figures.Row::values)
                .containsExactly(List.of(2.0, 0.4, 0.0), List.of(2.0, 0.4, 1.0), List.of(1.0, 0.2, 0.0));

        var wifi = figures("concentration", "wifi");
        assertThat(headline(wifi, "insights.metric.concentration.answers")).isEqualTo(3.0);
        assertThat(headline(wifi, "insights.metric.concentration.half-accepted")).isNull();
    }

    @Test
    void sentimentAveragesTheLexiconScoresOfLivePosts() {
        var figures = figures("sentiment", null);
        // Q1 -4 (after its edit), A1 +2, A2 +5, C1 -2, Q2 -3, A3 -1, A4 +4, A5 +6, C2 -3: 9 posts, 4 in all.
        assertThat(headline(figures, "insights.metric.sentiment.posts")).isEqualTo(9.0);
        assertThat(headline(figures, "insights.metric.sentiment.average")).isEqualTo(4.0 / 9);
        assertThat(headline(figures, "insights.metric.sentiment.positive-share")).isEqualTo(4.0 / 9);
        assertThat(headline(figures, "insights.metric.sentiment.negative-share")).isEqualTo(5.0 / 9);
        assertThat(row(figures, community.today().minusDays(50))).containsExactly(-4.0, 1.0);
        assertThat(row(figures, community.today().minusDays(20))).containsExactly(-2.0, 1.0);
        assertThat(row(figures, community.today().minusDays(3))).containsExactly(null, 0.0);
    }

    @Test
    void theWordsThatMovedSentimentComeFirst() {
        var figures = figures("sentiment-words", null);
        assertThat(headline(figures, "insights.metric.sentiment-words.raised")).isEqualTo(17.0);
        assertThat(headline(figures, "insights.metric.sentiment-words.lowered")).isEqualTo(-13.0);
        assertThat(figures.rows()).extracting(r -> r.label().text()).containsExactly("thanks", "works", "solved",
                "broken", "fixed", "frustrated", "great", "not good", "useless", "not work", "problem", "sadly", "slow", "sorry");
        assertThat(figures.rows().getFirst().values()).containsExactly(2.0, 6.0);
        assertThat(figures.rows().get(7).values()).containsExactly(1.0, -2.0);
    }

    @Test
    void aRebuildGivesTheSameFigures() {
        var names = List.of("contributors", "new-contributors", "concentration", "sentiment", "sentiment-words");
        var before = new ArrayList<MetricReport>();
        for (var name : names) for (var tag : new String[]{null, "router"}) before.add(report(name, tag));
        // What the follower stored is lost; the rebuild must find it all again.
        db.sql("delete from insight_contributions where space_id = :s").param("s", community.spaceId()).update();
        db.sql("delete from insight_reads where question_id in (:q1, :q2)")
                .param("q1", community.q1()).param("q2", community.q2()).update();
        var progress = new ArrayList<Long>();
        transaction.executeWithoutResult(status -> facts.rebuild(progress::add));
        assertThat(progress).isNotEmpty();
        var after = new ArrayList<MetricReport>();
        for (var name : names) for (var tag : new String[]{null, "router"}) after.add(report(name, tag));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anImportsThreadsCountOnTheirOwnDates() {
        var admin = http.withToken(adminToken());
        var slug = "health-import-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Health " + slug, "visibility", "public"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long spaceId = created.json().get("id").asLong();
        var asker = member("Importer");
        long question = id(asker.post("/api/v1/questions", Map.of("space", slug, "title", "Which hops keep a lager crisp?",
                "body", "Thanks to whoever knows.", "tags", List.of("wifi"))));
        awaitFeed("insights.health");
        // As an import leaves it: the posts carry their source and their own dates, and no event of their own.
        var source = "test-" + UUID.randomUUID();
        var day = community.today().minusDays(12);
        db.sql("update posts set source = :source, source_id = id, created_at = :at where id = :id")
                .param("source", source).param("at", noonOf(day)).param("id", question).update();
        db.sql("delete from insight_contributions where question_id = :id").param("id", question).update();
        publishAndAwait(new org.muster.qa.QuestionsImported(spaceId, source, 1, 0), "insights.health");

        var sentiment = insights.report(community.staff(), "sentiment", new Period(day, day), spaceId, null).current();
        assertThat(headline(sentiment, "insights.metric.sentiment.posts")).isEqualTo(1.0);
        assertThat(headline(sentiment, "insights.metric.sentiment.average")).isEqualTo(3.0);
    }

    private MetricReport report(String metric, String tag) {
        var today = community.today();
        return insights.report(community.staff(), metric, new Period(today.minusDays(59), today), community.spaceId(), tag);
    }

    private Figures figures(String metric, String tag) {
        return report(metric, tag).current();
    }

    private static Double headline(Figures figures, String key) {
        var headline = figures.headline(key);
        assertThat(headline).as(key).isNotNull();
        return headline.value();
    }

    private static List<Double> row(Figures figures, LocalDate day) {
        return figures.rows().stream().filter(r -> r.label().text().equals(day.toString())).findFirst().orElseThrow().values();
    }

    private Http member(String name) {
        long id = memberFixture().create(uniqueEmail(name.toLowerCase()), name, "member");
        establish(id);
        return new Http("http://localhost:" + port).withToken(memberFixture().token(id));
    }

    private static long answer(Http who, long questionId, String body) {
        return id(who.post("/api/v1/questions/" + questionId + "/answers", Map.of("body", body)));
    }

    private static long id(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    private static Timestamp noonOf(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
