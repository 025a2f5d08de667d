package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.FeedPosition;
import org.muster.platform.Subscriptions;
import org.muster.qa.ModerationActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Q&A tells whom, how the inbox folds it, and that nothing outlives the reader's right to see it. */
class InboxTests extends IntegrationTest {

    record Person(long id, Http http) {
    }

    @Autowired
    private ModerationActions moderation;

    @Autowired
    private Subscriptions subscriptions;

    @Autowired
    private QaNotifier notifier;

    @Autowired
    private TransactionTemplate transaction;

    private String token;
    private String space;
    private Http admin;

    @BeforeEach
    void space() {
        token = UUID.randomUUID().toString().substring(0, 8);
        space = "inbox-" + token;
        admin = http.withToken(adminToken());
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Inbox " + token, "visibility", "public",
                        "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("brewing")))))
                .status()).isEqualTo(201);
    }

    @Test
    void unreadAnswersAndCommentsOnOneQuestionAreOneLineThatReadsAsOneGroup() {
        var asker = person("Asker");
        var ann = person("Ann");
        var bob = person("Bob");
        long question = ask(asker, "How long should a stout age in the bottle " + token);
        long first = answer(ann, question, "Three weeks at cellar temperature is a good start.");
        answer(bob, question, "Taste one bottle a week and stop when it is smooth.");
        comment(bob, first, "Cellar temperature meaning about twelve degrees?");
        long last = answer(ann, question, "A strong imperial stout keeps improving for months.");
        comment(ann, question, "Which yeast did you use?");
        awaitFeed("routing.notifications");

        var lines = lines(asker);
        assertThat(lines).hasSize(1);
        var line = lines.getFirst();
        assertThat(line.get("count").asInt()).isEqualTo(5);
        assertThat(line.get("text").asString())
                .isEqualTo("3 new answers and 2 comments on “How long should a stout age in the bottle " + token + "”");
        assertThat(line.get("path").asString()).startsWith("/questions/" + question + "#comment-");
        assertThat(line.get("read").asBoolean()).isFalse();
        assertThat(unread(asker)).isEqualTo(1);
        assertThat(lines(ann)).extracting(l -> l.get("text").asString())
                .containsExactly("Bob commented on your post on “How long should a stout age in the bottle " + token + "”");

        assertThat(asker.http().post("/api/v1/notifications/" + line.get("id").asLong() + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(unread(asker)).isZero();
        var read = lines(asker);
        assertThat(read).as("read, each is its own line again").hasSize(5).allMatch(l -> l.get("read").asBoolean());
        assertThat(read.get(1).get("path").asString()).isEqualTo("/questions/" + question + "#post-" + last);
    }

    @Test
    void theAskerIsToldOnceAsTheAskerAndWatchersAsWatchers() {
        var asker = person("Asker");
        var watcher = person("Watcher");
        var answerer = person("Answerer");
        long question = ask(asker, "Why does my lager taste of green apples " + token);
        assertThat(watcher.http().post("/api/v1/questions/" + question + "/watch", Map.of()).status()).isLessThan(300);
        answer(answerer, question, "Acetaldehyde: give the yeast a few more days before bottling.");
        awaitFeed("routing.notifications");

        assertThat(kinds(asker, question)).containsExactly("ANSWER");
        assertThat(kinds(watcher, question)).containsExactly("WATCHED_QUESTION");
        assertThat(lines(watcher).getFirst().get("text").asString())
                .isEqualTo("Answerer answered “Why does my lager taste of green apples " + token + "”, which you watch");
        assertThat(kinds(answerer, question)).as("nobody is told of their own act").isEmpty();
    }

    @Test
    void aReplayOfTheFeedTellsNobodyAgain() {
        var asker = person("Asker");
        var before = db.sql("select xact, id from domain_events order by xact desc, id desc limit 1")
                .query((rs, n) -> new FeedPosition(rs.getLong(1), rs.getLong(2))).single();
        long question = ask(asker, "Does bottle colour matter for hoppy beer " + token);
        answer(person("Answerer"), question, "Brown glass keeps the light out; green and clear let it skunk the hops.");
        awaitFeed("routing.notifications");

        transaction.executeWithoutResult(status -> subscriptions.replay(notifier, before));

        assertThat(kinds(asker, question)).containsExactly("ANSWER");
    }

    @Test
    void ownActsAndKindsTurnedOffAreNotStored() {
        var asker = person("Asker");
        var answerer = person("Answerer");
        long question = ask(asker, "Can I reuse yeast from a finished batch " + token);
        comment(asker, question, "To be clear, the batch was an ale.");
        assertThat(asker.http().put("/api/v1/notification-settings", List.of(Map.of("kind", "answer", "setting", "off")))
                .status()).isEqualTo(200);
        answer(answerer, question, "Yes, wash the slurry and use it within two weeks.");
        awaitFeed("routing.notifications");

        assertThat(kinds(asker, question)).isEmpty();
        assertThat(lines(asker)).isEmpty();
    }

    @Test
    void anAcceptedOrValidatedAnswerIsToldToItsAuthor() {
        var asker = person("Asker");
        var answerer = person("Answerer");
        long question = ask(asker, "What temperature for a saison ferment " + token);
        long answer = answer(answerer, question, "Start at twenty degrees and let it climb to twenty-eight.");
        assertThat(asker.http().post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer)).status()).isEqualTo(200);
        var staff = http.withToken(memberWithRole("staff", "Staff " + token));
        assertThat(staff.post("/api/v1/answers/" + answer + "/validate", Map.of()).status()).isEqualTo(200);
        awaitFeed("routing.notifications");

        assertThat(kinds(answerer, question)).containsExactly("ANSWER_ACCEPTED", "ANSWER_ACCEPTED");
        assertThat(lines(answerer).getFirst().get("text").asString()).as("two about one question, folded")
                .isEqualTo("2 updates on “What temperature for a saison ferment " + token + "”");
    }

    @Test
    void whoCannotSeeTheQuestionWhenItIsAnsweredIsNotTold() {
        var asker = person("Asker");
        var watcher = person("Watcher");
        long question = ask(asker, "Is a wort chiller worth it " + token);
        watcher.http().post("/api/v1/questions/" + question + "/watch", Map.of());
        assertThat(admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private")).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/questions/" + question + "/answers", Map.of("body", "Yes: faster cooling means fewer off-flavours."))
                .status()).isEqualTo(201);
        awaitFeed("routing.notifications");

        assertThat(kinds(watcher, question)).isEmpty();
    }

    @Test
    void aSpaceTurnedPrivateTakesItsNotificationsOffThePageTheCountAndTheApi() {
        var asker = person("Asker");
        var watcher = person("Watcher");
        long question = ask(asker, "Should I filter my pale ale " + token);
        watcher.http().post("/api/v1/questions/" + question + "/watch", Map.of());
        answer(person("Answerer"), question, "Cold crash for two days instead; it clears without filtering.");
        awaitFeed("routing.notifications");
        assertThat(unread(watcher)).isEqualTo(1);
        assertThat(watcher.http().get("/api/v1/notifications").body()).contains("Should I filter my pale ale");

        assertThat(admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private")).status()).isEqualTo(200);

        assertThat(unread(watcher)).isZero();
        assertThat(lines(watcher)).isEmpty();
        assertThat(kinds(watcher, question)).as("still stored: the space may turn public again").hasSize(1);
    }

    @Test
    void aLineShowsTheQuestionsTitleAsItIsNowNotAsItWasWhenTold() {
        var asker = person("Asker");
        var watcher = person("Watcher");
        long question = ask(asker, "Is my yeast starter ruined " + token);
        watcher.http().post("/api/v1/questions/" + question + "/watch", Map.of());
        answer(person("Answerer"), question, "A starter smells odd while it ferments; it is fine.");
        awaitFeed("routing.notifications");

        // An edit here; moderation's redaction of private data in a title goes the same way.
        assertThat(asker.http().patch("/api/v1/questions/" + question, Map.of("title", "Is my lager yeast starter ruined " + token))
                .status()).isEqualTo(200);

        assertThat(lines(watcher)).extracting(line -> line.get("text").asString())
                .containsExactly("Answerer answered “Is my lager yeast starter ruined " + token + "”, which you watch");
    }

    @Test
    void aDeletedOrHeldAnswerTakesItsNotificationOffButNotTheOthersOfItsQuestion() {
        var asker = person("Asker");
        var answerer = person("Answerer");
        long question = ask(asker, "How much priming sugar per litre " + token);
        long deleted = answer(answerer, question, "Six grams per litre for a normal carbonation level.");
        long held = answer(answerer, question, "Buy my priming tablets at a discount, follow the link.");
        answer(answerer, question, "Use a priming calculator with the beer's temperature.");
        awaitFeed("routing.notifications");
        assertThat(lines(asker).getFirst().get("count").asInt()).isEqualTo(3);

        assertThat(answerer.http().delete("/api/v1/answers/" + deleted).status()).isLessThan(300);
        moderation.hide(held, "flags");

        var lines = lines(asker);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().get("count").asInt()).isEqualTo(1);
        assertThat(lines.getFirst().get("text").asString()).isEqualTo("Answerer answered your question “How much priming sugar per litre " + token + "”");
        assertThat(unread(asker)).isEqualTo(1);
    }

    @Test
    void anotherMembersNotificationIsNotFoundAndStaysUnread() {
        var asker = person("Asker");
        var other = person("Other");
        long question = ask(asker, "Glass or plastic fermenter " + token);
        answer(person("Answerer"), question, "Glass does not scratch, plastic does not break.");
        awaitFeed("routing.notifications");
        long id = lines(asker).getFirst().get("id").asLong();

        assertThat(other.http().post("/api/v1/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(other.http().post("/api/v1/notifications/read-all", Map.of()).status()).isEqualTo(204);
        assertThat(unread(asker)).isEqualTo(1);
        assertThat(lines(other)).isEmpty();
        assertThat(asker.http().post("/api/v1/notifications/" + Long.MAX_VALUE + "/read", Map.of()).status()).isEqualTo(404);

        assertThat(asker.http().post("/api/v1/notifications/read-all", Map.of()).status()).isEqualTo(204);
        assertThat(unread(asker)).isZero();
    }

    @Test
    void aVisitorHasNoNotifications() {
        var visitor = new Http("http://localhost:" + port);
        assertThat(visitor.get("/api/v1/notifications").status()).isEqualTo(401);
        assertThat(visitor.get("/api/v1/notifications/unread-count").status()).isEqualTo(401);
        assertThat(visitor.get("/api/v1/notification-settings").status()).isEqualTo(401);
    }

    @Test
    void settingsHaveEveryKindWithItsDefaultAndModerationOnlyForModerators() {
        var member = person("Member");
        var settings = settings(member.http());
        assertThat(settings).containsEntry("answer", "email").containsEntry("watched_topic", "daily")
                .containsEntry("sanction", "in_app").doesNotContainKey("moderation").doesNotContainKey("content_review").hasSize(11);
        var moderator = http.withToken(memberWithRole("moderator", "Moderator " + token));
        assertThat(settings(moderator)).containsEntry("moderation", "daily").containsEntry("content_review", "email").hasSize(13);

        var refused = member.http().put("/api/v1/notification-settings", List.of(Map.of("kind", "moderation", "setting", "off")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("kind");

        var changed = member.http().put("/api/v1/notification-settings",
                List.of(Map.of("kind", "answer", "setting", "daily"), Map.of("kind", "recognition", "setting", "off")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(settings(member.http())).containsEntry("answer", "daily").containsEntry("recognition", "off");
        assertThat(db.sql("select count(*) from domain_events where type = 'NotificationSettingsChanged' and payload->>'memberId' = :id")
                .param("id", Long.toString(member.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndChangeNothing() {
        var member = person("Member");
        var api = member.http();
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "answer", "setting", "off"),
                Map.of("kind", "sanction", "setting", "off"))), "sanction");
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "nonsense", "setting", "off"))), "kind");
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "answer", "setting", "loudly"))), "answer");
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "answer"))), "answer");
        assertRefused(api.put("/api/v1/notification-settings", Arrays.asList(Map.of("kind", "answer", "setting", "off"), null)), "[1]");
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "sanc\u0000tion", "setting", "off"))),
                "sanction");
        assertRefused(api.put("/api/v1/notification-settings", List.of(Map.of("kind", "x".repeat(100_000), "setting", "off"))), "kind");
        assertThat(api.put("/api/v1/notification-settings", Map.of("kind", "answer")).status()).isEqualTo(400);
        assertThat(api.postRaw("/api/v1/notifications/read-all", "application/json", "\u0000").status()).isLessThan(500);
        assertThat(api.get("/api/v1/notifications?after=not-a-cursor").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/notifications/abc/read", Map.of()).status()).isEqualTo(400);

        assertThat(settings(api)).containsEntry("answer", "email").containsEntry("sanction", "in_app");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var asker = person("Asker");
        var answerer = person("Answerer");
        var expected = new ArrayList<String>();
        for (int i = 0; i < Inbox.PAGE_SIZE + 5; i++) {
            long question = ask(asker, "Question number " + i + " about hops " + token);
            answer(answerer, question, "Answer number " + i + " about hops.");
            expected.addFirst("Answerer answered your question “Question number " + i + " about hops " + token + "”");
        }
        awaitFeed("routing.notifications");

        var first = asker.http().get("/api/v1/notifications").json();
        assertThat(first.get("lines").size()).isEqualTo(Inbox.PAGE_SIZE);
        var second = asker.http().get("/api/v1/notifications?after=" + first.get("next").asString()).json();
        assertThat(second.get("next").isNull()).isTrue();
        var texts = new ArrayList<String>();
        for (var page : List.of(first, second)) for (var line : page.get("lines")) texts.add(line.get("text").asString());
        assertThat(texts).containsExactlyElementsOf(expected);
    }

    private void assertRefused(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private Person person(String name) {
        long id = memberFixture().create(uniqueEmail(name.toLowerCase()), name, "member");
        establish(id);
        // Expert routing may ask these members for help too; these tests are about what Q&A tells them.
        db.sql("insert into notification_settings (member_id, kind, setting) values (:m, 'ROUTED', 'off')").param("m", id).update();
        return new Person(id, http.withToken(memberFixture().token(id)));
    }

    private long ask(Person asker, String title) {
        var asked = asker.http().post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "I am brewing at home and would like to know more about this.", "tags", List.of("brewing")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private long answer(Person answerer, long question, String body) {
        var answered = answerer.http().post("/api/v1/questions/" + question + "/answers", Map.of("body", body));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }

    private void comment(Person author, long post, String body) {
        var commented = author.http().post("/api/v1/posts/" + post + "/comments", Map.of("body", body));
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
    }

    private List<JsonNode> lines(Person member) {
        var page = member.http().get("/api/v1/notifications");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var lines = new ArrayList<JsonNode>();
        page.json().get("lines").forEach(lines::add);
        return lines;
    }

    private int unread(Person member) {
        return member.http().get("/api/v1/notifications/unread-count").json().get("unread").asInt();
    }

    private List<String> kinds(Person member, long question) {
        return db.sql("select kind from notifications where member_id = :m and question_id = :q order by id")
                .param("m", member.id()).param("q", question).query(String.class).list();
    }

    private static Map<String, String> settings(Http api) {
        var settings = new HashMap<String, String>();
        api.get("/api/v1/notification-settings").json().forEach(s -> settings.put(s.get("kind").asString(), s.get("setting").asString()));
        return settings;
    }
}
