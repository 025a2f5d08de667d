package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New questions on the beer import go to members who answered such questions before; the asker,
 * paused members, members at their weekly maximum and those who declined are not asked; staff see why.
 */
class ExpertRoutingTests extends IntegrationTest {

    private static final String TITLE = "How long does bottled beer keep before it goes stale?";
    private static final String BODY = "I have a few bottles of lager and some ale in the cellar. How long can I store "
            + "them before the taste suffers, and does keeping them cold help?";
    private static final List<String> TAGS = List.of("storage");

    private String space;
    private Map<Long, String> tokens = new HashMap<>();

    @BeforeEach
    void beer() {
        space = beerImport().space();
        // The import's questions are embedded for search in batches that can outlast one awaitFeed on a loaded machine.
        for (int attempt = 1; ; attempt++) {
            try {
                awaitFeed("search.index", "routing.experts");
                return;
            } catch (AssertionError slow) {
                if (attempt == 15) throw slow;
            }
        }
    }

    @Test
    void newQuestionGoesToMembersWithAcceptedAnswersInItsTags() {
        long question = ask(http.withToken(memberWithRole("member")), TITLE, BODY);
        var asked = askedAbout(question);
        assertThat(asked).hasSize(3);
        for (long member : asked) {
            assertThat(db.sql("""
                    select count(*) from posts a join posts q on q.accepted_answer_id = a.id
                    join post_tags pt on pt.post_id = q.id join tags t on t.id = pt.tag_id
                    where a.author_id = :member and t.name = 'storage'""").param("member", member)
                    .query(Long.class).single()).as("accepted answers in 'storage' of member %d", member).isPositive();
        }
        assertThat(db.sql("select member_id from notifications where kind = 'ROUTED' and question_id = :q")
                .param("q", question).query(Long.class).list()).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void staffSeeWhoWasAskedAndWhyMembersAreRefused() {
        long question = ask(http.withToken(memberWithRole("member")), TITLE + " Really?", BODY);
        var staff = http.withToken(memberWithRole("staff")).get("/api/v1/questions/" + question + "/routing");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().size()).isEqualTo(3);
        for (var asked : staff.json()) {
            assertThat(asked.get("status").asString()).isEqualTo("asked");
            assertThat(asked.get("reasons").toString()).containsPattern("similar questions?, \\d+ accepted|in its tags, \\d+ accepted")
                    .contains("open request");
        }

        assertThat(http.withToken(memberWithRole("member")).get("/api/v1/questions/" + question + "/routing").status())
                .isEqualTo(403);
        assertThat(http.withToken(memberWithRole("staff")).get("/api/v1/questions/999999999/routing").status())
                .isEqualTo(404);
        // The question page's panel: staff see the reasons too.
        assertThat(http.withToken(adminToken()).get("/routing/questions/" + question).body()).contains("accepted").contains("open request");
    }

    @Test
    void askerPausedMembersThoseAtTheirMaximumAndDeclinersAreNotAsked() {
        long first = ask(http.withToken(memberWithRole("member")), TITLE + " Part one", BODY);
        var asked = askedAbout(first);
        assertThat(asked).hasSize(3);
        long paused = asked.get(0), atMaximum = asked.get(1), decliner = asked.get(2);

        assertThat(as(paused).put("/api/v1/routing/preferences", Map.of("paused", true)).status()).isEqualTo(200);
        var maximum = new HashMap<String, Object>();
        maximum.put("weeklyMaximum", 1);
        maximum.put("paused", false);
        assertThat(as(atMaximum).put("/api/v1/routing/preferences", maximum).status()).isEqualTo(200);
        assertThat(as(atMaximum).get("/api/v1/routing/preferences").json().get("weeklyMaximum").asInt()).isEqualTo(1);

        // The asked member sees the request on the question page and declines it.
        assertThat(as(decliner).get("/routing/questions/" + first).body()).contains("You were asked to help");
        assertThat(as(decliner).post("/api/v1/questions/" + first + "/routing/decline", Map.of()).status()).isEqualTo(204);
        assertThat(status(first, decliner)).isEqualTo("declined");
        assertThat(db.sql("select count(*) from domain_events where type = 'ExpertRequestDeclined'")
                .query(Long.class).single()).isPositive();
        // Somebody who was not asked cannot decline.
        assertThat(http.withToken(memberWithRole("member")).post("/api/v1/questions/" + first + "/routing/decline", Map.of())
                .status()).isEqualTo(403);

        // Nobody answered in time: the ladder asks more peers, never those asked before.
        publishAndAwait(new QuestionClimbed(first, 0, QuestionClimbed.Step.MORE_PEERS), "routing.experts");
        var afterClimb = askedAbout(first);
        assertThat(afterClimb).hasSize(6).containsAll(asked);
        assertThat(status(first, paused)).isEqualTo("ignored");
        assertThat(status(first, decliner)).isEqualTo("declined");

        // The decliner now asks a question like it: never routed to its asker, nor to the paused or maxed-out.
        long second = ask(as(decliner), TITLE + " Part two", BODY);
        assertThat(askedAbout(second)).hasSize(3).doesNotContain(decliner, paused, atMaximum);
    }

    @Test
    void aWrongWeeklyMaximumIsRefusedNamingTheField() {
        var member = http.withToken(memberWithRole("member"));
        var refused = member.put("/api/v1/routing/preferences", Map.of("weeklyMaximum", -3, "paused", false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("weeklyMaximum");
        assertThat(member.submit("/routing/preferences", "/routing/preferences", Map.of("weeklyMaximum", "lots"))
                .body()).contains("weeklyMaximum-error");
    }

    private long ask(org.muster.Http asker, String title, String body) {
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "title", title, "body", body, "tags", TAGS));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        awaitFeed("routing.experts");
        return id;
    }

    private List<Long> askedAbout(long question) {
        return db.sql("select member_id from routing_requests where question_id = :q order by asked_at, member_id")
                .param("q", question).query(Long.class).list();
    }

    private String status(long question, long member) {
        return db.sql("select status from routing_requests where question_id = :q and member_id = :m")
                .param("q", question).param("m", member).query(String.class).single();
    }

    /** Imported members cannot sign in; the tests act for them with a token, as if they had. */
    private org.muster.Http as(long memberId) {
        return http.withToken(tokens.computeIfAbsent(memberId, id -> {
            establish(id);
            return memberFixture().token(id);
        }));
    }
}
