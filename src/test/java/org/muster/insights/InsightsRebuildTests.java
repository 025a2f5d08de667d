package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "the rebuild gives the same figures as the incremental path", for every metric there is:
 * a community built as its members would build it, the figures once the feed is applied, then
 * {@code muster insights rebuild}, then the same figures, over all spaces, one space and one tag.
 */
class InsightsRebuildTests extends IntegrationTest {

    @Autowired
    Insights insights;

    @Autowired
    List<MusterCommand> commands;

    @Autowired
    List<FeedSubscriber> subscribers;

    /** None until a family of metrics derives facts; then the test covers it without being told. */
    @Autowired(required = false)
    List<DerivedFacts> families = List.of();

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aRebuildGivesEveryMetricTheFiguresTheFeedGave() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var tag = "rebuild-" + token;
        long spaceId = community(token, tag);
        awaitFeed(subscribers.stream().map(FeedSubscriber::subscription).filter(s -> s.startsWith("insights.")).toArray(String[]::new));

        var staff = new Actor(memberFixture().create(uniqueEmail("rebuild-staff"), "Rebuild staff", "staff"), Role.STAFF,
                "Rebuild staff", ZoneOffset.UTC);
        var before = reports(staff, spaceId, tag);
        assertThat(before).isNotEmpty();

        var out = new ByteArrayOutputStream();
        commands.stream().filter(c -> c.name().equals("insights")).findFirst().orElseThrow()
                .run(List.of("rebuild"), new PrintStream(out, true, StandardCharsets.UTF_8));
        var printed = out.toString(StandardCharsets.UTF_8);
        for (var family : families) assertThat(printed).contains(messages.getMessage(family.label(), null, java.util.Locale.ENGLISH));
        assertThat(printed).contains("Insights rebuilt: " + families.size() + " families");

        var after = reports(staff, spaceId, tag);
        for (var key : before.keySet()) assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
    }

    @Test
    void theCommandRefusesAnythingButRebuild() {
        var command = commands.stream().filter(c -> c.name().equals("insights")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.run(List.of("rebuld"), System.out))
                .isInstanceOf(MusterCommand.CommandFailed.class).hasMessageContaining("insights rebuild");
    }

    /** Every metric over the last 30 days (and the 30 before) for all spaces, the community's space, and its tag. */
    private Map<String, MetricReport> reports(Actor staff, long spaceId, String tag) {
        var period = Period.endingOn(LocalDate.now(ZoneOffset.UTC), 30);
        var reports = new LinkedHashMap<String, MetricReport>();
        for (var name : insights.metrics(staff).stream().map(Insights.Entry::name).toList()) {
            reports.put(name + " in all spaces", insights.report(staff, name, period, null, null));
            reports.put(name + " in one space", insights.report(staff, name, period, spaceId, null));
            reports.put(name + " for one tag", insights.report(staff, name, period, null, tag));
        }
        return reports;
    }

    /**
     * A space with questions answered by others and only by their asker, a comment, an accepted answer
     * later deleted, a validated answer, an escalation and one question nobody answered.
     */
    private long community(String token, String tag) {
        var admin = http.withToken(adminToken());
        var slug = "rebuild-" + token;
        var other = "other-" + token;
        var space = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Rebuild " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag, other)))));
        assertThat(space.status()).as(space.body()).isEqualTo(201);
        // Ticket counts are admins' data, not derived: a rebuild must leave them as they were.
        var week = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
        assertThat(admin.put("/api/v1/insights/help-desk-tickets", List.of(Map.of("week", week, "tickets", 17))).status())
                .isEqualTo(200);
        var asker = http.withToken(memberWithRole("member", "Rebuild asker"));
        var peer = http.withToken(memberWithRole("member", "Rebuild peer"));
        var staff = http.withToken(memberWithRole("staff", "Rebuild staff member"));

        long accepted = ask(asker, slug, tag, "Foam overflows when I open the bottle " + token);
        long acceptedAnswer = answer(peer, accepted, "Chill the bottle for a day and open it slowly.");
        assertThat(asker.post("/api/v1/questions/" + accepted + "/accept", Map.of("answerId", acceptedAnswer)).status()).isEqualTo(200);

        long deletedAfterAcceptance = ask(asker, slug, tag, "Which yeast for a cold cellar " + token);
        long deleted = answer(peer, deletedAfterAcceptance, "A lager yeast works well below twelve degrees.");
        assertThat(asker.post("/api/v1/questions/" + deletedAfterAcceptance + "/accept", Map.of("answerId", deleted)).status()).isEqualTo(200);
        assertThat(peer.delete("/api/v1/answers/" + deleted).status()).isIn(200, 204);

        long validated = ask(asker, slug, other, "How long should a stout condition " + token);
        long official = answer(staff, validated, "Three weeks at cellar temperature is a good start.");
        assertThat(staff.post("/api/v1/answers/" + official + "/validate", Map.of()).status()).isEqualTo(200);
        assertThat(peer.post("/api/v1/posts/" + validated + "/comments", Map.of("body", "Mine took four weeks.")).status()).isEqualTo(201);

        long ownAnswerOnly = ask(asker, slug, tag, "Can I reuse bottle caps " + token);
        answer(asker, ownAnswerOnly, "Answering myself: they seal badly the second time.");

        long escalated = ask(asker, slug, other, "My order of hops never arrived " + token);
        assertThat(asker.post("/api/v1/questions/" + escalated + "/escalate", Map.of()).status()).isIn(200, 201);

        ask(asker, slug, tag, "Does a wort chiller need cleaning " + token);

        // An instant answer taken on the ask form, for the self-service family.
        awaitFeed("search.index");
        var typist = http.withToken(memberWithRole("member", "Rebuild typist"));
        var offer = typist.get("/api/v1/instant-answers?title="
                + java.net.URLEncoder.encode("Foam overflows when I open the bottle " + token, StandardCharsets.UTF_8));
        assertThat(offer.status()).isEqualTo(200);
        assertThat(typist.post("/api/v1/instant-answers/" + offer.json().get("id").asLong() + "/choice",
                Map.of("choice", "solved")).status()).isEqualTo(204);
        return space.json().get("id").asLong();
    }

    private static long ask(Http asker, String space, String tag, String title) {
        var question = asker.post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "Details: " + title + ", since last week.", "tags", List.of(tag)));
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        return question.json().get("id").asLong();
    }

    private static long answer(Http who, long question, String body) {
        var answer = who.post("/api/v1/questions/" + question + "/answers", Map.of("body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }
}
