package org.muster.demo;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommunityTests extends IntegrationTest {

    @Autowired
    DemoCommunity demo;

    @Test
    void loadsALivingCommunityOnceAndItsMembersCanSignInAsTheReadmeSays() throws java.io.IOException {
        // Loaded once per running Muster: the navigation crawl may have loaded it first.
        assertThat(DemoOnce.load(demo)).contains("Demo community loaded");

        var routers = http.get("/api/v1/questions?space=routers&solved=true&size=100").json().get("questions");
        assertThat(routers.size()).isGreaterThan(10);
        assertThat(db.sql("select count(*) from votes").query(Long.class).single()).isGreaterThan(100);
        assertThat(tokenFor("anna.devries@demo.muster", DemoCommunity.PASSWORD)).startsWith("mst_");

        var again = new ByteArrayOutputStream();
        demo.run(List.of(), new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already loaded");
        everyDemoAccountTheReadmeNamesSignsInWithTheRoleItSays();
        everySpaceHasItsOwnConversations();
        questionsShowEveryStateAQuestionCanBeIn();
        everyKindOfMissionHasPeopleInIt();
        rewardsAreEarnedAndSpent();
        knowledgeIsWrittenDownWhereVisitorsFindIt();
    }

    /** Help rooms with chats (one turned into a question), an article from a solved thread, a pinned "best of" collection, an outdated answer. */
    private void knowledgeIsWrittenDownWhereVisitorsFindIt() {
        var hub = http.get("/api/v1/spaces/smart-home/room/messages?after=0").json();
        assertThat(hub.size()).as("smart-home room messages").isBetween(6, 10);
        assertThat(hub.valueStream().filter(m -> !m.get("questionId").isNull()).count()).as("messages turned into a question").isEqualTo(hub.size());
        var question = hub.get(0).get("questionId").asLong();
        assertThat(http.get("/api/v1/questions/" + question).json().get("solved").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/spaces/routers/room/messages?after=0").json().size()).as("routers room messages").isBetween(6, 10);
        assertThat(http.get("/spaces/smart-home/room").body()).contains("Zigbee channel 25");

        var articles = http.get("/api/v1/articles?space=routers").json().get("articles");
        assertThat(articles.size()).isEqualTo(1);
        var article = http.get("/api/v1/articles/" + articles.get(0).get("article").get("id").asLong()).json();
        assertThat(article.get("authorName").asString()).isEqualTo("Anna de Vries");
        assertThat(article.get("threads").size()).as("the thread and its duplicates").isGreaterThan(1);
        assertThat(article.get("threads").get(0).get("solved").asBoolean()).isTrue();

        var best = http.get("/api/v1/collections").json().valueStream()
                .filter(c -> c.get("title").asString().equals("Best of getting started")).toList();
        assertThat(best).hasSize(1);
        var collection = http.get("/api/v1/collections/" + best.getFirst().get("id").asLong()).json();
        assertThat(collection.get("items").size()).isBetween(3, 5);
        assertThat(collection.get("items").valueStream().allMatch(i -> i.get("solved").asBoolean())).isTrue();
        assertThat(collection.get("spaces").valueStream().map(s -> s.get("slug").asString())).containsExactly("getting-started");

        var health = http.withToken(tokenFor("anna.devries@demo.muster", DemoCommunity.PASSWORD)).get("/api/v1/canonical-answers/health").json();
        assertThat(health.valueStream().filter(h -> h.get("outdated").asBoolean()).map(h -> h.get("questionTitle").asString()))
                .contains("Automations run twice since the last update");
    }

    /** No space is empty and no title repeats: a newcomer opening any space sees its own topic. */
    private void everySpaceHasItsOwnConversations() {
        var perSpace = db.sql("""
                        select s.slug, count(p.id) from spaces s left join posts p on p.space_id = s.id and p.kind = 'question'
                        where s.slug in ('getting-started', 'routers', 'smart-home', 'beta', 'champions', 'staff')
                        group by s.slug""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        assertThat(perSpace).hasSize(6).allSatisfy(space -> assertThat(space.getValue()).as(space.getKey()).isGreaterThanOrEqualTo(2));
        assertThat(demo("select count(*) - count(distinct title) from posts where kind = 'question'").query(Long.class).single())
                .as("repeated titles").isZero();
        assertThat(demo("select count(*) from comments c join posts p on p.id = c.post_id").query(Long.class).single()).isGreaterThan(15);
        assertThat(db.sql("select count(*) from tags where description <> ''").query(Long.class).single()).isGreaterThan(10);
    }

    /** Spread over months, read a varied number of times, answered after they were asked. */
    private void questionsShowEveryStateAQuestionCanBeIn() {
        var spread = demo("""
                        select extract(day from max(created_at) - min(created_at)) from posts where kind = 'question'""")
                .query(Double.class).single();
        assertThat(spread).as("days between the first and the last question").isGreaterThan(90);
        assertThat(demo("select count(distinct view_count) from posts where kind = 'question'").query(Long.class).single()).isGreaterThan(20);
        assertThat(demo("""
                        select count(*) from posts a join posts q on q.id = a.question_id
                        where a.created_at <= q.created_at or a.created_at > now()""").query(Long.class).single())
                .as("answers before their question or in the future").isZero();
        assertThat(demo("select count(*) from posts where close_reason = 'duplicate' and duplicate_of is not null").query(Long.class).single()).isPositive();
        assertThat(demo("select count(*) from posts where close_reason = 'off-topic'").query(Long.class).single()).isPositive();
        assertThat(demo("select count(*) from posts where locked_at is not null").query(Long.class).single()).isPositive();
        assertThat(demo("select count(*) from posts where pinned_at is not null").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(demo("select count(*) from posts where validated_at is not null").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(demo("select count(*) from posts where kind = 'question' and accepted_answer_id is not null").query(Long.class).single()).isGreaterThan(10);
        assertThat(db.sql("select count(*) from tickets").query(Long.class).single()).isPositive();
        assertThat(demo("select count(*) from posts p where exists (select 1 from flags f where f.post_id = p.id)")
                .query(Long.class).single()).as("flagged posts for the review queue").isPositive();
    }

    /** A query over the demo's spaces only: the test context's database also holds other tests' posts. */
    private org.springframework.jdbc.core.simple.JdbcClient.StatementSpec demo(String sql) {
        return db.sql("with posts as (select p.* from posts p join spaces s on s.id = p.space_id where s.slug in "
                + "('getting-started', 'routers', 'smart-home', 'beta', 'champions', 'staff')) " + sql);
    }

    private void everyKindOfMissionHasPeopleInIt() {
        assertThat(db.sql("select distinct kind from missions order by kind").query(String.class).list())
                .contains("challenge", "match", "shift", "task");
        assertThat(db.sql("select count(*) from program_partners").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(db.sql("select count(*) from program_milestones where done_at is not null").query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from program_milestones where done_at is null").query(Long.class).single()).isPositive();
        assertThat(db.sql("select distinct status from slot_signups order by status").query(String.class).list())
                .contains("booked", "waitlisted", "entered");
        assertThat(db.sql("select count(*) from mission_slots where ends_at < now()").query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from mission_slots where starts_at > now()").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(db.sql("select distinct status from mission_submissions order by status").query(String.class).list())
                .contains("accepted", "rejected", "submitted");
        assertThat(db.sql("select count(*) from match_requests").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private void rewardsAreEarnedAndSpent() {
        assertThat(db.sql("select distinct kind from reward_items order by kind").query(String.class).list())
                .contains("discount-code", "donation", "merchandise", "perk");
        assertThat(db.sql("select count(*) from redemptions").query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(db.sql("select count(*) from payout_batches").query(Long.class).single()).isPositive();
    }

    /** The accounts the README offers for a first look exist, with the role it says. */
    private void everyDemoAccountTheReadmeNamesSignsInWithTheRoleItSays() throws java.io.IOException {
        var readme = Files.readString(Path.of("README.md"));
        var named = Pattern.compile("`([a-z.]+@demo\\.muster)`\\s+\\((staff|moderator|champion|member|admin)\\)").matcher(readme);
        int accounts = 0;
        while (named.find()) {
            var me = http.withToken(tokenFor(named.group(1), DemoCommunity.PASSWORD)).get("/api/v1/me");
            assertThat(me.status()).as(named.group(1)).isEqualTo(200);
            assertThat(me.json().get("role").asString()).as(named.group(1)).isEqualTo(named.group(2));
            accounts++;
        }
        assertThat(accounts).as("demo accounts named in the README").isGreaterThanOrEqualTo(2);
    }
}
