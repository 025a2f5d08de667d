package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers of a question page and members' open pages hear what changed, and nothing more. */
class LiveTests extends QaFixture {

    @Autowired
    Notifications notifications;

    @Autowired
    LiveClients clients;

    @Autowired
    TransactionTemplate transaction;

    private Http asker;
    private String base;

    @BeforeEach
    void community() {
        setUpSpace("public");
        asker = member("live-asker");
        base = "http://localhost:" + port;
    }

    /** A visitor's stream of the question, opened once earlier changes (this test's set-up) were heard. */
    private LiveStream reading(long questionId) throws InterruptedException {
        LiveStream.settle(base, questionId, db);
        return LiveStream.open(base, "/live?question=" + questionId);
    }

    @Test
    void aVisitorReadingTheQuestionHearsWhichPartChangedButNotWhat() throws Exception {
        long id = ask(asker, "Does the page show a new answer without reload?");
        try (var reader = reading(id)) {
            var helper = member("live-helper");
            long answerId = answer(helper, id, "Yes: the stream says the answers changed, the page fetches them.");
            assertThat(reader.await("answers").data()).isEqualTo(Long.toString(id));

            assertThat(asker.post("/api/v1/posts/" + answerId + "/comments",
                    Map.of("body", "A comment the stream only announces.")).status()).isEqualTo(201);
            assertThat(reader.await("comments").data()).isEqualTo(Long.toString(id));

            assertThat(asker.post("/api/v1/posts/" + answerId + "/votes", Map.of("value", 1)).status()).isBetween(200, 204);
            assertThat(reader.await("votes").data()).isEqualTo(Long.toString(id));

            assertThat(asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answerId)).status()).isBetween(200, 204);
            assertThat(reader.await("answers").data()).isEqualTo(Long.toString(id));

            assertThat(reader.text()).doesNotContain("fetches them").doesNotContain("only announces");
        }
    }

    @Test
    void aReaderOfAnotherQuestionHearsNothingOfThisOne() throws Exception {
        long quiet = ask(asker, "A question nobody answers today");
        long busy = ask(asker, "A question answered at once");
        try (var other = reading(quiet);
             var reader = reading(busy)) {
            answer(member("live-busy"), busy, "An answer to the busy question only.");
            reader.await("answers");
            answer(member("live-quiet"), quiet, "At last an answer to the quiet question.");
            // The first thing the quiet question's reader hears is about its own question.
            assertThat(other.await("answers").data()).isEqualTo(Long.toString(quiet));
        }
    }

    @Test
    void nobodyListensToAQuestionTheyMayNotSee() {
        long id = ask(asker, "Is a private question's activity hidden from outsiders?");
        admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private"));
        assertThat(new Http(base).get("/live?question=" + id).status()).isEqualTo(404);
        assertThat(new Http(base).get("/live?question=999999999").status()).isEqualTo(404);
        assertThat(new Http(base).get("/live?question=twelve").status()).isEqualTo(400);
    }

    @Test
    void readersOfAQuestionThatLeftTheirSightAreDisconnected() throws Exception {
        long id = ask(asker, "Does a space turned private end its visitors' streams?");
        try (var reader = reading(id)) {
            admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private"));
            assertThat(reader.awaitEnd()).isTrue();
            // The browser's reconnect is refused like the page.
            assertThat(new Http(base).get("/live?question=" + id).status()).isEqualTo(404);
        }
        admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "public"));
        long deleted = ask(asker, "A question its author deletes while a visitor reads it");
        try (var reader = reading(deleted)) {
            asker.delete("/api/v1/questions/" + deleted);
            assertThat(reader.awaitEnd()).isTrue();
        }
    }

    @Test
    void aMemberTakenOutOfAPrivateSpaceStopsHearingItsQuestions() throws Exception {
        long id = ask(asker, "Does leaving a private space end a member's stream?");
        admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "private"));
        var email = uniqueEmail("live-insider");
        long insider = verifiedMember(email, "Insider");
        assertThat(admin.post("/api/v1/spaces/" + space + "/members", Map.of("email", email)).status()).isEqualTo(204);
        var client = java.net.http.HttpClient.newHttpClient();
        try (var reader = LiveStream.open(client, base, "/live?question=" + id, tokenFor(email, PASSWORD))) {
            assertThat(admin.delete("/api/v1/spaces/" + space + "/members/" + insider).status()).isBetween(200, 204);
            assertThat(reader.awaitEnd()).isTrue();
        }
        admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "public"));
    }

    @Test
    void aVisitorHasNoStreamOfTheirOwn() {
        assertThat(new Http(base).get("/live").status()).isIn(302, 401);
    }

    @Test
    void aMemberHearsOfTheirOwnNewNotificationsOnly() throws Exception {
        var email = uniqueEmail("live-told");
        long told = verifiedMember(email, "Told");
        var otherEmail = uniqueEmail("live-other");
        long other = verifiedMember(otherEmail, "Other");
        var client = java.net.http.HttpClient.newHttpClient();
        try (var toldStream = LiveStream.open(client, base, "/live", tokenFor(email, PASSWORD));
             var otherStream = LiveStream.open(client, base, "/live", tokenFor(otherEmail, PASSWORD))) {
            store(told);
            assertThat(toldStream.await("notifications").data()).isEqualTo(Long.toString(told));
            store(other);
            assertThat(otherStream.await("notifications").data()).isEqualTo(Long.toString(other));
        }
    }

    @Test
    void aBurstOfChangesReachesAReaderAsFewMessages() throws Exception {
        long id = ask(asker, "Does a burst of votes reach readers as one refresh?");
        try (var reader = reading(id)) {
            for (int i = 0; i < 50; i++) clients.tell(LiveMessage.question(id, LiveChange.VOTES));
            clients.tell(LiveMessage.question(id, LiveChange.COMMENTS));
            int votes = 0;
            for (var event = reader.next(Duration.ofSeconds(20)); !event.name().equals("comments");
                 event = reader.next(Duration.ofSeconds(20))) {
                if (event.name().equals("votes")) votes++;
            }
            assertThat(votes).isBetween(1, 2);
        }
    }

    @Test
    void aQuestionPageOpensItsLiveStreamAndWorksWithoutIt() {
        long id = ask(asker, "Which stream does the question page open?");
        var page = new Http(base).get("/questions/" + id).body();
        assertThat(page).contains("sse-connect=\"/live?question=" + id + "\"").contains("hx-ext=\"sse\"")
                .contains("/webjars/htmx-ext-sse/");
        assertThat(page).contains("hx-trigger=\"sse:answers delay:100ms");
        var script = java.util.regex.Pattern.compile("src=\"(/webjars/htmx-ext-sse/[^\"]+)\"").matcher(page);
        assertThat(script.find()).isTrue();
        assertThat(new Http(base).get(script.group(1)).status()).isEqualTo(200);
        // Other pages open no stream for visitors, so nothing is held open for readers of lists.
        assertThat(new Http(base).get("/spaces/" + space).body()).doesNotContain("sse-connect");
    }

    private void store(long memberId) {
        transaction.executeWithoutResult(status -> notifications.notify(new Notice(memberId, NotificationKind.RECOGNITION,
                null, null, null, null, null, "notification.test", List.of(), "/")));
    }
}
