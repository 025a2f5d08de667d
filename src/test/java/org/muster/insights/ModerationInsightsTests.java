package org.muster.insights;

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
 * The moderation metric over a small community built as its members and moderators would: flags
 * upheld and dismissed, a flag still open, a post held as spam, a sanction imposed with a review and
 * one imposed from a member's page, and another space's incidents that must not count.
 */
class ModerationInsightsTests extends IntegrationTest {

    private static final String KEY = "insights.metric.moderation.";

    @Autowired
    Insights insights;

    @Autowired
    ModerationFollower follower;

    @Autowired
    TransactionTemplate transaction;

    private final String token = "mi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;
    private Http moderator;
    private Actor staff;
    private long space;
    private long otherSpace;

    @BeforeEach
    void community() {
        admin = http.withToken(adminToken());
        moderator = http.withToken(memberWithRole("moderator", "Mo Derator"));
        long staffId = memberFixture().create(uniqueEmail("staff"), "Staff Reader", "staff");
        staff = new Actor(staffId, Role.STAFF, "Staff Reader", ZoneOffset.UTC);
        space = space("routers");
        otherSpace = space("elsewhere");
    }

    @Test
    void countsIncidentsAndOutcomesPerSpaceAndTagAndARebuildGivesTheSameFigures() {
        var author = established("Asker");
        var first = established("Flagger one");
        var second = established("Flagger two");
        long upheld = ask(author, "routers", "router", "Router reboots every night " + token);
        long dismissed = ask(author, "routers", "modem", "Modem loses sync after rain " + token);
        long elsewhere = ask(author, "elsewhere", "router", "Router in another space " + token);

        flag(first, upheld, "spam");
        flag(second, upheld, "offensive");
        resolve(upheld, "delete", Map.of("sanction", "warn"));
        flag(first, dismissed, "wrong");
        resolve(dismissed, "approve", Map.of());
        // After a dismissal a member may flag again: this one waits for a decision.
        flag(second, dismissed, "wrong");
        flag(first, elsewhere, "spam");
        resolve(elsewhere, "hide", Map.of("sanction", "warn"));
        // Imposed from the member's page, not with a review item: it belongs to no space.
        assertThat(moderator.post("/api/v1/moderation/members/" + author.id() + "/sanctions",
                Map.of("kind", "warn", "reason", "be kind")).status()).isBetween(200, 201);
        admin.post("/api/v1/moderation/spam-phrases", Map.of("text", "cheap followers " + token));
        var held = newcomer().post("/api/v1/questions", Map.of("space", "routers-" + token, "tags", List.of("router"),
                "title", "Where to get cheap followers " + token, "body", "Buy cheap followers " + token + " today, best deal."));
        assertThat(held.json().get("hold").asString()).isEqualTo("review");
        awaitFeed("insights.moderation");

        var today = LocalDate.now(ZoneOffset.UTC);
        var all = figures(space, null);
        assertThat(headlines(all)).containsExactly(4.0, 1.0, 2.0, 1.0, 2 / 3.0);
        assertThat(all.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo(Figures.Label.day(today));
            assertThat(row.values()).containsExactly(4.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0);
        });
        assertThat(all.columns()).extracting(Figures.Column::key).containsExactly(KEY + "column.flags", KEY + "column.spam",
                KEY + "column.resolved.approve", KEY + "column.resolved.hide", KEY + "column.resolved.delete",
                KEY + "column.resolved.lock", KEY + "column.resolved.close", KEY + "column.sanctions");
        assertThat(headlines(figures(space, "router"))).containsExactly(2.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(headlines(figures(space, "modem"))).containsExactly(2.0, 0.0, 1.0, 0.0, 0.0);
        assertThat(headlines(figures(otherSpace, null))).containsExactly(1.0, 0.0, 1.0, 1.0, 1.0);

        var report = insights.report(staff, "moderation", new Period(today, today), space, null);
        assertThat(headlines(report.previous())).as("nothing happened the day before").containsExactly(0.0, 0.0, 0.0, 0.0, null);
        assertThat(report.current().headline(KEY + "flags").value()).isEqualTo(4.0);

        var kept = facts(space, otherSpace);
        transaction.executeWithoutResult(status -> follower.rebuild(done -> { }));
        assertThat(facts(space, otherSpace)).isEqualTo(kept);
        assertThat(headlines(figures(space, null))).containsExactly(4.0, 1.0, 2.0, 1.0, 2 / 3.0);
        assertThat(headlines(figures(space, "router"))).containsExactly(2.0, 1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void membersGetNoFiguresEvenOfAPublicSpace() {
        var member = memberFixture().create(uniqueEmail("member"), "Plain Member", "member");
        var today = new Period(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> insights.report(
                        new Actor(member, Role.MEMBER, "Plain Member", ZoneOffset.UTC), "moderation", today, space, null))
                .isInstanceOf(org.muster.platform.Forbidden.class);
    }

    private Figures figures(long spaceId, String tag) {
        var today = LocalDate.now(ZoneOffset.UTC);
        return insights.report(staff, "moderation", new Period(today, today), spaceId, tag).current();
    }

    private static List<Double> headlines(Figures figures) {
        return figures.headlines().stream().map(Figures.Headline::value).toList();
    }

    /** This test's incidents: other tests write reviews with SQL alone, which only a rebuild sees. */
    private List<String> facts(long... spaces) {
        return db.sql("""
                        select kind || ' ' || id || ' ' || post_id || ' ' || space_id || ' ' || tags::text || ' ' || day
                               || ' ' || coalesce(outcome, '-')
                        from insight_moderation_incidents where space_id = any(:spaces) order by kind, id""")
                .param("spaces", java.util.Arrays.stream(spaces).boxed().toArray(Long[]::new))
                .query(String.class).list();
    }

    private long space(String name) {
        var created = admin.post("/api/v1/spaces", Map.of("slug", name + "-" + token, "name", name + " " + token,
                "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "modem")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long ask(Person who, String spaceName, String tag, String title) {
        var asked = who.http().post("/api/v1/questions", Map.of("space", spaceName + "-" + token, "tags", List.of(tag),
                "title", title, "body", "It started last week after the automatic update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private void flag(Person who, long postId, String reason) {
        var flagged = who.http().post("/api/v1/posts/" + postId + "/flags", Map.of("reason", reason));
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
    }

    private void resolve(long postId, String action, Map<String, Object> extra) {
        long review = db.sql("select id from reviews where post_id = :p and resolved_at is null")
                .param("p", postId).query(Long.class).single();
        var body = new java.util.HashMap<String, Object>(extra);
        body.put("action", action);
        body.put("reason", "decided in review");
        var resolved = moderator.post("/api/v1/moderation/reviews/" + review, body);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    private Http newcomer() {
        var email = uniqueEmail("new");
        verifiedMember(email, "Newcomer");
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    private Person established(String name) {
        var email = uniqueEmail("regular");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private record Person(long id, Http http) {
    }
}
