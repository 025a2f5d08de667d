package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical answers: duplicate chains end at one canonical question, whose solution carries what it applies to
 * and a review day; when the day comes the champions of its tags are asked, once, to verify it again or mark it
 * outdated, and every reader sees the verdict. Each test asks in a space and a tag of its own.
 */
class CanonicalAnswerTests extends QaFixture {

    @Autowired
    CanonicalAnswers canonical;

    private String tag;
    private Http asker;
    private Http answerer;

    @BeforeEach
    void space() {
        setUpSpace("public");
        tag = "canon-" + UUID.randomUUID().toString().substring(0, 8);
        asker = member("Asker");
        answerer = member("Answerer");
        // Staff create the tag with its first question; members then use it.
        var first = admin.post("/api/v1/questions", question("The first question of the tag " + tag, List.of("windows", tag)));
        if (first.status() != 201) throw new AssertionError(first.body());
    }

    @Test
    void aDuplicateOfADuplicateIsClosedAsADuplicateOfTheCanonicalQuestion() {
        long a = askTagged("The router drops the wifi every hour A");
        long b = askTagged("The router drops the wifi every hour B");
        long c = askTagged("The router drops the wifi every hour C");
        close(a, b);
        close(b, c);
        // A names B, whose chain goes on to C: A's page names C as the canonical question.
        assertThat(admin.get("/api/v1/questions/" + a).json().get("duplicateOf").asLong()).isEqualTo(b);
        var page = http.get("/questions/" + a).body();
        assertThat(page).contains("Canonical question:").contains("/questions/" + c + "/");

        long d = askTagged("The router drops the wifi every hour D");
        close(d, a);
        assertThat(admin.get("/api/v1/questions/" + d).json().get("duplicateOf").asLong()).isEqualTo(c);
        // C's chain ends at C: closing it as a duplicate of its own duplicate would make a cycle.
        var cycle = admin.post("/api/v1/questions/" + c + "/close", Map.of("reason", "duplicate", "duplicateOf", a));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("field").asString()).isEqualTo("duplicateOf");
    }

    @Test
    void staffChooseTheCanonicalQuestionOfACluster() {
        long a = askTagged("Which firmware fixes the hourly drops A");
        long b = askTagged("Which firmware fixes the hourly drops B");
        long c = askTagged("Which firmware fixes the hourly drops C");
        close(a, b);
        close(b, c);
        var moderator = http.withToken(memberWithRole("moderator"));
        assertThat(moderator.post("/api/v1/questions/" + a + "/canonical", Map.of()).status()).isEqualTo(403);
        assertThat(asker.post("/api/v1/questions/" + a + "/canonical", Map.of()).status()).isEqualTo(403);

        var staff = http.withToken(memberWithRole("staff"));
        var chosen = staff.post("/api/v1/questions/" + a + "/canonical", Map.of());
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("status").asString()).isEqualTo("open");
        assertThat(chosen.json().get("duplicateOf").isNull()).isTrue();
        assertThat(admin.get("/api/v1/questions/" + b).json().get("duplicateOf").asLong()).isEqualTo(a);
        var former = admin.get("/api/v1/questions/" + c).json();
        assertThat(former.get("duplicateOf").asLong()).isEqualTo(a);
        assertThat(former.get("closeReason").asString()).isEqualTo("duplicate");
        assertThat(staff.post("/api/v1/questions/" + a + "/canonical", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void whenTheReviewDayPassesTheTagsChampionsAreAskedOnce() {
        long answer = solvedAnswer("The guest network forgets its password");
        long champion = champion("Tagged champion", List.of(tag));
        long otherChampion = champion("Other champion", List.of("other-" + tag));
        var note = http.withToken(memberFixture().token(champion)).put("/api/v1/canonical-answers/" + answer,
                Map.of("appliesTo", "Firmware 2.1", "reviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        assertThat(note.status()).as(note.body()).isEqualTo(200);
        assertThat(note.json().get("appliesTo").asString()).isEqualTo("Firmware 2.1");

        db.sql("update knowledge_canonical_notes set review_on = current_date - 1 where answer_id = :a").param("a", answer).update();
        canonical.askForReviews();
        awaitFeed("routing.canonical-reviews");
        canonical.askForReviews();
        awaitFeed("routing.canonical-reviews");

        assertThat(reviewNotices(champion, answer)).isEqualTo(1);
        assertThat(reviewNotices(otherChampion, answer)).isZero();
        assertThat(db.sql("select path from notifications where member_id = :m and kind = 'CONTENT_REVIEW' and post_id = :a")
                .param("m", champion).param("a", answer).query(String.class).single()).isEqualTo("/canonical/answers/" + answer);
        // Staff see it in content health as due; a champion of other tags does not.
        var health = admin.get("/api/v1/canonical-answers/health").json();
        assertThat(health.valueStream().filter(h -> h.get("answerId").asLong() == answer).findFirst().orElseThrow()
                .get("reviewDue").asBoolean()).isTrue();
        assertThat(http.withToken(memberFixture().token(otherChampion)).get("/api/v1/canonical-answers/health").json()
                .valueStream().noneMatch(h -> h.get("answerId").asLong() == answer)).isTrue();
        assertThat(asker.get("/api/v1/canonical-answers/health").status()).isEqualTo(403);
    }

    @Test
    void aChampionVerifiesAgainOrMarksOutdatedAndEveryReaderSeesIt() {
        long answer = solvedAnswer("The mesh satellite shows a red light");
        long newerQuestion = askTagged("The mesh satellite shows a red light after 3.0");
        long newer = answer(answerer, newerQuestion, "Since 3.0, reset the satellite with the pin for ten seconds.");
        long champion = champion("Verifying champion", List.of(tag));
        var reviewer = http.withToken(memberFixture().token(champion));
        var next = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();

        var verified = reviewer.post("/api/v1/canonical-answers/" + answer + "/verification", Map.of("reviewOn", next));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verifiedBy").asString()).isEqualTo("Verifying champion");
        assertThat(verified.json().get("reviewOn").asString()).isEqualTo(next);
        awaitFeed("platform.page-cache");
        assertThat(http.get("/questions/" + questionOf(answer)).body()).contains("Verified by Verifying champion");

        var outdated = reviewer.post("/api/v1/canonical-answers/" + answer + "/outdated", Map.of("newerAnswerId", newer));
        assertThat(outdated.status()).as(outdated.body()).isEqualTo(200);
        assertThat(outdated.json().get("outdated").asBoolean()).isTrue();
        awaitFeed("platform.page-cache");
        var page = http.get("/questions/" + questionOf(answer)).body();
        assertThat(page).contains("Outdated").contains("/questions/" + newerQuestion + "#post-" + newer);

        // Verifying again takes the mark away.
        reviewer.post("/api/v1/canonical-answers/" + answer + "/verification", Map.of("reviewOn", next));
        awaitFeed("platform.page-cache");
        assertThat(http.get("/questions/" + questionOf(answer)).body()).doesNotContain("see the newer answer");
    }

    @Test
    void aNewerAnswerTheReviewerMayNotSeeIsRefusedBesideItsField() {
        long answer = solvedAnswer("The parental controls ignore the schedule");
        var publicSpace = space;
        setUpSpace("private");
        long hiddenQuestion = admin.post("/api/v1/questions", question("A private question about parental controls", List.of("windows")))
                .json().get("id").asLong();
        long hidden = answer(admin, hiddenQuestion, "A private answer about schedules and controls.");
        space = publicSpace;
        var reviewer = http.withToken(memberFixture().token(champion("Careful champion", List.of(tag))));
        var refused = reviewer.post("/api/v1/canonical-answers/" + answer + "/outdated", Map.of("newerAnswerId", hidden));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("newerAnswerId");
        var self = reviewer.post("/api/v1/canonical-answers/" + answer + "/outdated", Map.of("newerAnswerId", answer));
        assertThat(self.json().get("field").asString()).isEqualTo("newerAnswerId");
    }

    @Test
    void onlyStaffAndTheTagsChampionsMayReview() {
        long answer = solvedAnswer("The router reboots when the printer wakes");
        var day = Map.of("reviewOn", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertThat(asker.put("/api/v1/canonical-answers/" + answer, day).status()).isEqualTo(403);
        var otherChampion = http.withToken(memberFixture().token(champion("Elsewhere champion", List.of("other-" + tag))));
        assertThat(otherChampion.put("/api/v1/canonical-answers/" + answer, day).status()).isEqualTo(403);
        assertThat(otherChampion.post("/api/v1/canonical-answers/" + answer + "/verification", day).status()).isEqualTo(403);
        assertThat(otherChampion.post("/api/v1/canonical-answers/" + answer + "/outdated", Map.of()).status()).isEqualTo(403);
        assertThat(otherChampion.get("/canonical/answers/" + answer).status()).isEqualTo(403);
        assertThat(new Http("http://localhost:" + port).put("/api/v1/canonical-answers/" + answer, day).status()).isEqualTo(401);
        assertThat(http.withToken(memberWithRole("staff")).put("/api/v1/canonical-answers/" + answer, day).status()).isEqualTo(200);

        // An answer that is no solution, and one of a question the reader cannot see, are not canonical answers to them.
        long unaccepted = answer(answerer, questionOf(answer), "Another idea: turn off the printer's wifi direct.");
        assertThat(admin.put("/api/v1/canonical-answers/" + unaccepted, day).status()).isEqualTo(404);
        setUpSpace("private");
        long hiddenQuestion = admin.post("/api/v1/questions", question("A private question about printers waking", List.of("windows")))
                .json().get("id").asLong();
        long hidden = answer(admin, hiddenQuestion, "A private answer about printers and routers.");
        admin.post("/api/v1/questions/" + hiddenQuestion + "/accept", Map.of("answerId", hidden));
        assertThat(asker.get("/api/v1/canonical-answers/" + hidden).status()).isEqualTo(404);
    }

    @Test
    void badReviewInputIsRefusedBesideItsField() {
        long answer = solvedAnswer("The port forwarding rule disappears");
        for (var day : List.of("2020-01-01", "tomorrow", "99999-01-01", LocalDate.now(ZoneOffset.UTC).toString())) {
            var refused = admin.put("/api/v1/canonical-answers/" + answer, Map.of("reviewOn", day));
            assertThat(refused.status()).as(day).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("reviewOn");
        }
        var missing = admin.post("/api/v1/canonical-answers/" + answer + "/verification", new HashMap<>());
        assertThat(missing.json().get("field").asString()).isEqualTo("reviewOn");
        var long_ = admin.put("/api/v1/canonical-answers/" + answer, Map.of("appliesTo", "v".repeat(201)));
        assertThat(long_.json().get("field").asString()).isEqualTo("appliesTo");
        var nul = admin.put("/api/v1/canonical-answers/" + answer, Map.of("appliesTo", "\u0000\u200b"));
        assertThat(nul.status()).isEqualTo(200);
        assertThat(nul.json().get("appliesTo").isNull()).isTrue();
    }

    private long askTagged(String title) {
        var response = asker.post("/api/v1/questions", question(title, List.of("windows", tag)));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    private long solvedAnswer(String title) {
        long question = askTagged(title);
        long answer = answer(answerer, question, "Update the firmware to 2.2 and restart the router twice.");
        var accepted = asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        if (accepted.status() != 200) throw new AssertionError(accepted.body());
        return answer;
    }

    private long questionOf(long answerId) {
        return db.sql("select question_id from posts where id = :id").param("id", answerId).query(Long.class).single();
    }

    private void close(long id, long duplicateOf) {
        var closed = admin.post("/api/v1/questions/" + id + "/close", Map.of("reason", "duplicate", "duplicateOf", duplicateOf));
        if (closed.status() != 200) throw new AssertionError(closed.body());
    }

    private long champion(String name, List<String> tags) {
        long id = memberFixture().create(uniqueEmail("champion"), name, "champion");
        establish(id);
        var set = admin.put("/api/v1/moderation/champions/" + id + "/tags", tags);
        if (set.status() != 200) throw new AssertionError(set.body());
        return id;
    }

    private int reviewNotices(long memberId, long answerId) {
        return db.sql("select count(*) from notifications where member_id = :m and kind = 'CONTENT_REVIEW' and post_id = :a")
                .param("m", memberId).param("a", answerId).query(Integer.class).single();
    }
}
