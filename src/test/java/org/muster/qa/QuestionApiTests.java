package org.muster.qa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionApiTests extends QaFixture {

    private Http asker;
    private Http helper;

    @BeforeEach
    void community() {
        setUpSpace("public");
        asker = member("asker");
        helper = member("helper");
    }

    @Test
    void askAnswerAcceptValidateAndVote() {
        long id = ask(asker, "How do I stop the hourly Wi-Fi drops?");
        var question = http.get("/api/v1/questions/" + id).json();
        assertThat(question.get("fields").get("environment").asString()).isEqualTo("Firmware 2.1 on an AX3000");
        assertThat(question.get("tags").get(0).asString()).isEqualTo("windows");
        assertThat(question.get("solved").asBoolean()).isFalse();

        long first = answer(helper, id, "Roll back to firmware 2.0 and disable band steering.");
        long second = answer(member("other"), id, "Move the router away from the microwave oven.");
        assertThat(asker.post("/api/v1/posts/" + second + "/votes", Map.of("value", 1)).json().get("score").asInt()).isEqualTo(1);

        var accepted = asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", first)).json();
        assertThat(accepted.get("solved").asBoolean()).isTrue();
        assertThat(accepted.get("acceptedAnswerId").asLong()).isEqualTo(first);
        assertThat(accepted.get("answers").get(0).get("id").asLong()).isEqualTo(first);

        var staff = http.withToken(memberWithRole("staff"));
        var validated = staff.post("/api/v1/answers/" + second + "/validate", Map.of());
        assertThat(validated.json().get("validated").asBoolean()).isTrue();
        assertThat(validated.json().get("validatedBy").get("name").asString()).isEqualTo("A staff");
        var order = http.get("/api/v1/questions/" + id).json().get("answers");
        assertThat(order.get(0).get("id").asLong()).as("validated first").isEqualTo(second);
        assertThat(order.get(1).get("id").asLong()).as("then accepted").isEqualTo(first);
    }

    @Test
    void theAskerMayChangeTheAcceptedAnswer() {
        long id = ask(asker, "Which DNS server should the router use?");
        long first = answer(helper, id, "Use the DNS server of your provider for the lowest latency.");
        long second = answer(helper, id, "Use a public resolver if your provider's one is slow or flaky.");
        asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", first));
        var changed = asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", second)).json();
        assertThat(changed.get("acceptedAnswerId").asLong()).isEqualTo(second);
        assertThat(db.sql("select count(*) from domain_events where type = 'AnswerAccepted' and payload->>'questionId' = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void takingTheAcceptanceBackIsRecordedAsItsOwnFact() {
        long id = ask(asker, "Should the router stay on the beta firmware?");
        long answerId = answer(helper, id, "Go back to the stable firmware until the beta fixes Wi-Fi drops.");
        asker.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answerId));
        var taken = asker.delete("/api/v1/questions/" + id + "/accept");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.json().get("solved").asBoolean()).isFalse();
        assertThat(events("AnswerAccepted", id)).as("only the acceptance").isEqualTo(1);
        assertThat(db.sql("""
                        select count(*) from domain_events where type = 'AnswerUnaccepted'
                        and payload->>'questionId' = :id and payload->>'answerId' = :answer""")
                .param("id", Long.toString(id)).param("answer", Long.toString(answerId)).query(Long.class).single()).isEqualTo(1);
    }

    private long events(String type, long questionId) {
        return db.sql("select count(*) from domain_events where type = :type and payload->>'questionId' = :id")
                .param("type", type).param("id", Long.toString(questionId)).query(Long.class).single();
    }

    @Test
    void acceptingOnSomeoneElsesQuestionIs403() {
        long id = ask(asker, "Why does the guest network not work?");
        long answerId = answer(helper, id, "Enable client isolation off and reboot the access point.");
        assertThat(helper.post("/api/v1/questions/" + id + "/accept", Map.of("answerId", answerId)).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/questions/" + id).json().get("solved").asBoolean()).isFalse();
    }

    @Test
    void membersCannotValidate() {
        long id = ask(asker, "Is WPA3 supported on the old model?");
        long answerId = answer(helper, id, "Yes, since firmware 1.8 it supports WPA3 personal.");
        assertThat(helper.post("/api/v1/answers/" + answerId + "/validate", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void votesAreOnePerMemberChangeableAndNeverOnOwnPosts() {
        long id = ask(asker, "Can I use two routers in one house?");
        var voter = member("voter");
        assertThat(voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).json().get("score").asInt()).isEqualTo(1);
        assertThat(voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).json().get("score").asInt()).isEqualTo(1);
        assertThat(voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", -1)).json().get("score").asInt()).isEqualTo(-1);
        assertThat(voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 0)).json().get("score").asInt()).isZero();
        assertThat(asker.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).status()).isEqualTo(403);
        assertThat(voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 5)).status()).isEqualTo(400);
        assertThat(db.sql("select count(*) from domain_events where type = 'VoteCast' and payload->>'postId' = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void answeringAClosedOrLockedQuestionIs409() {
        var moderator = http.withToken(memberWithRole("moderator"));
        long closed = ask(asker, "Where do I download the manual?");
        assertThat(moderator.post("/api/v1/questions/" + closed + "/close", Map.of("reason", "off-topic")).status()).isEqualTo(200);
        var refused = helper.post("/api/v1/questions/" + closed + "/answers", Map.of("body", "On the support site under downloads."));
        assertThat(refused.status()).isEqualTo(409);

        long locked = ask(asker, "Where do I find the serial number?");
        moderator.post("/api/v1/questions/" + locked + "/lock", Map.of());
        assertThat(helper.post("/api/v1/questions/" + locked + "/answers",
                Map.of("body", "On the sticker under the router.")).status()).isEqualTo(409);
        assertThat(helper.post("/api/v1/posts/" + locked + "/comments", Map.of("body", "Look under it")).status()).isEqualTo(409);
    }

    @Test
    void closingAsDuplicateLinksTheOriginalAndReopeningClearsIt() {
        long original = ask(asker, "How do I reset the router to factory settings?");
        long copy = ask(helper, "Factory reset of the router: how does it work?");
        var moderator = http.withToken(memberWithRole("moderator"));
        var closed = moderator.post("/api/v1/questions/" + copy + "/close", Map.of("reason", "duplicate", "duplicateOf", original));
        assertThat(closed.json().get("duplicateOf").asLong()).isEqualTo(original);
        assertThat(http.get("/questions/" + copy).body()).contains("/questions/" + original);
        assertThat(http.get("/questions/" + original).body()).contains("Questions closed as duplicates of this one");
        assertThat(moderator.post("/api/v1/questions/" + copy + "/close", Map.of("reason", "duplicate", "duplicateOf", original))
                .status()).isEqualTo(409);
        var reopened = moderator.post("/api/v1/questions/" + copy + "/reopen", Map.of()).json();
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("duplicateOf").isNull()).isTrue();
        assertThat(helper.post("/api/v1/questions/" + copy + "/close", Map.of("reason", "off-topic")).status()).isEqualTo(403);
    }

    @Test
    void aMissingRequiredTagGroupIs400NamingTheGroup() {
        var response = asker.post("/api/v1/questions", question("What does the orange light mean?", List.of("lights")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("tags");
        assertThat(response.json().get("detail").asString()).contains("platform");
    }

    @Test
    void anUnknownTagIs400NamingTheTagForNewMembersButChampionsCreateIt() {
        var response = asker.post("/api/v1/questions", question("What does the orange light mean?", List.of("windows", "led-colours")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("led-colours");
        assertThat(db.sql("select count(*) from tags where name = 'led-colours'").query(Long.class).single()).isZero();

        var champion = http.withToken(memberWithRole("champion"));
        assertThat(champion.post("/api/v1/questions", question("What does the orange light mean?", List.of("windows", "led-colours")))
                .status()).isEqualTo(201);
        assertThat(http.get("/api/v1/tags/led-colours").json().get("questionCount").asInt()).isEqualTo(1);
    }

    @Test
    void championsDescribeTagsAndMembersCannot() {
        ask(asker, "Which tag pages have descriptions?");
        assertThat(asker.patch("/api/v1/tags/windows", Map.of("description", "Mine")).status()).isEqualTo(403);
        var champion = http.withToken(memberWithRole("champion"));
        assertThat(champion.patch("/api/v1/tags/windows", Map.of("description", "Questions about Windows PCs."))
                .json().get("description").asString()).isEqualTo("Questions about Windows PCs.");
        assertThat(http.get("/tags/windows").body()).contains("Questions about Windows PCs.");
    }

    @Test
    void aMissingRequiredTemplateFieldIsNamed() {
        var response = asker.post("/api/v1/questions", Map.of("space", space, "title", "Why is the 5 GHz band missing?",
                "body", "I only see the 2.4 GHz network in the list of networks.", "tags", List.of("linux")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("fields[environment]");
    }

    @Test
    void aBodyOver64KbIs413AndNothingIsStored() {
        var huge = "x".repeat(65 * 1024);
        var response = asker.post("/api/v1/questions", Map.of("space", space, "title", "A question with a huge body attached",
                "body", huge, "tags", List.of("linux"), "fields", Map.of("environment", "any")));
        assertThat(response.status()).isEqualTo(413);
        assertThat(db.sql("select count(*) from posts where title = 'A question with a huge body attached'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedAskLeavesNoEventBehind() {
        long before = db.sql("select count(*) from domain_events where type = 'QuestionAsked'").query(Long.class).single();
        asker.post("/api/v1/questions", question("Too short", List.of("windows")));
        asker.post("/api/v1/questions", question("A question without its platform tag", List.of("nothing")));
        assertThat(db.sql("select count(*) from domain_events where type = 'QuestionAsked'").query(Long.class).single())
                .isEqualTo(before);
        ask(asker, "A question that is stored and announced");
        assertThat(db.sql("select count(*) from domain_events where type = 'QuestionAsked'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void editsKeepEveryRevision() {
        long id = ask(asker, "How long does a firmware update take?");
        var edited = asker.patch("/api/v1/questions/" + id, Map.of("body",
                "The update has been running for twenty minutes now. Is that normal?", "comment", "more detail"));
        assertThat(edited.status()).isEqualTo(200);
        var revisions = http.get("/api/v1/posts/" + id + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(1).get("comment").asString()).isEqualTo("more detail");
        var page = http.get("/posts/" + id + "/revisions").body();
        assertThat(page).contains("class=\"added\"").contains("class=\"removed\"").contains("twenty minutes");
        assertThat(helper.patch("/api/v1/questions/" + id, Map.of("body", "Someone else rewrites the whole question here."))
                .status()).isEqualTo(403);
    }

    @Test
    void deletedQuestionsAreGoneForMembersButKeptForModerators() {
        long id = ask(asker, "Please delete this accidental question");
        assertThat(asker.delete("/api/v1/questions/" + id).status()).isEqualTo(204);
        assertThat(helper.get("/api/v1/questions/" + id).status()).isEqualTo(404);
        var moderator = http.withToken(memberWithRole("moderator"));
        var kept = moderator.get("/api/v1/questions/" + id);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("deleted").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/questions?space=" + space).body()).doesNotContain("accidental");
    }

    @Test
    void getResponsesCarryETags() {
        long id = ask(asker, "Does the router support IPv6 out of the box?");
        var first = http.get("/api/v1/questions/" + id);
        var etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        var again = http.withHeaders(Map.of("If-None-Match", etag)).get("/api/v1/questions/" + id);
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void helpedMarksCountOncePerMember() {
        long id = ask(asker, "How do I see which devices are connected?");
        assertThat(helper.post("/api/v1/posts/" + id + "/helped", Map.of()).status()).isEqualTo(204);
        helper.post("/api/v1/posts/" + id + "/helped", Map.of());
        assertThat(http.get("/api/v1/questions/" + id).json().get("helpedCount").asInt()).isEqualTo(1);
    }

    @Test
    void commentsArePlainTextWithLimits() {
        long id = ask(asker, "Why is my upload speed so low?");
        var comment = helper.post("/api/v1/posts/" + id + "/comments", Map.of("body", "<b>Which</b> plan do you have?"));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(http.get("/questions/" + id).body()).contains("&lt;b&gt;Which&lt;/b&gt;");
        assertThat(helper.post("/api/v1/posts/" + id + "/comments", Map.of("body", "x")).status()).isEqualTo(400);
    }
}
