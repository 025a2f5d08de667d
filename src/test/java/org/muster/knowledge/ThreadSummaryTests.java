package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadSummaryTests extends SummaryFixture {

    @Autowired
    ThreadSummaryFollower follower;

    @BeforeEach
    void setUp() {
        setUpAdmin();
    }

    @Test
    void aSolvedThreadShowsTheSolutionsStepsAndTheAskersConfirmationAtTheTop() {
        var thread = solvedThread(space("public"), "wifi-" + token);

        var summary = thread.other().get("/api/v1/questions/" + thread.question() + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        var body = summary.json().get("body").asString();
        assertThat(body).contains("Open the admin page", "Restart the router", "Disable the band steering")
                .doesNotContain("sudo reboot", "Good luck", "cable");
        assertThat(body.indexOf("Open the admin")).as("in the answer's order").isLessThan(body.indexOf("Disable the band"));
        assertThat(summary.json().get("confirmation").asString()).isEqualTo("Thanks, that worked for me!");
        assertThat(summary.json().get("editedBy").isNull()).isTrue();

        var page = thread.other().get("/questions/" + thread.question()).body();
        assertThat(page).contains("id=\"summary\"", "What solved it", "Restart the router", "confirmed:",
                "Thanks, that worked for me!");
        assertThat(page.indexOf("id=\"summary\"")).as("at the top, above the question's post")
                .isLessThan(page.indexOf("id=\"post-" + thread.question() + "\""));
        assertThat(page).as("a member without rights gets no edit link").doesNotContain("/summary/edit");
    }

    @Test
    void aThreadWithFewerThanThreeAnswersGetsNoSummary() {
        var space = space("public");
        var asker = member("Short asker");
        long question = ask(asker, space, "Printer offline after sleep " + token, "print-" + token);
        answer(member("Short one"), question, "Try another cable and see whether that changes anything.");
        long solution = answer(member("Short two"), question, "- Disable the sleep mode of the printer in its settings menu.");
        accept(asker, question, solution);
        awaitFeed("knowledge.summaries");

        assertThat(asker.get("/api/v1/questions/" + question + "/summary").status()).isEqualTo(404);
        assertThat(asker.get("/questions/" + question).body()).doesNotContain("id=\"summary\"");
    }

    @Test
    void takingTheSolutionAwayTakesTheSummaryAway() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        assertThat(thread.asker().delete("/api/v1/questions/" + thread.question() + "/accept").status()).isEqualTo(200);
        awaitFeed("knowledge.summaries");
        assertThat(thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").status()).isEqualTo(404);
    }

    @Test
    void aStaffValidatedAnswerIsASolutionToo() {
        var space = space("public");
        var asker = member("Validated asker");
        long question = ask(asker, space, "Camera app freezes on start " + token, "camera-" + token);
        answer(member("Validated one"), question, "Same here on my phone since the update, sadly.");
        answer(member("Validated two"), question, "No idea, sorry, maybe ask the vendor about it.");
        long official = answer(member("Validated three"), question, "- Clear the cache of the camera app in the system settings.");
        var staff = http.withToken(memberWithRole("staff"));
        assertThat(staff.post("/api/v1/answers/" + official + "/validate", Map.of()).status()).isEqualTo(200);
        awaitFeed("knowledge.summaries");

        var summary = asker.get("/api/v1/questions/" + question + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("body").asString()).contains("Clear the cache of the camera app");
        assertThat(summary.json().get("confirmation").isNull()).as("the asker said nothing").isTrue();
    }

    @Test
    void staffEditsTheSummaryWhichIsMarkedEditedByThemAndSanitized() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var staff = http.withToken(memberWithRole("staff", "Stella Staff"));

        var edited = staff.put("/api/v1/questions/" + thread.question() + "/summary",
                Map.of("body", "- Update the firmware to **2.2**\n- Turn band steering off <script>alert(1)</script>"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("html").asString()).contains("<strong>2.2</strong>").doesNotContain("<script");
        assertThat(edited.json().get("editedBy").asLong()).isEqualTo(idOf(staff));
        assertThat(edited.json().get("outdated").asBoolean()).isFalse();

        var page = thread.other().get("/questions/" + thread.question()).body();
        assertThat(page).contains("Update the firmware to", "Edited by Stella Staff").doesNotContain("alert(1)</script>");
        assertThat(staff.get("/questions/" + thread.question()).body()).contains("/questions/" + thread.question() + "/summary/edit");
    }

    @Test
    void aChampionOfTheQuestionsTagMayEditAndNobodyElse() {
        var tag = "wifi-" + token;
        var thread = solvedThread(space("public"), tag);
        var champion = http.withToken(memberWithRole("champion", "Cara Champion"));
        var elsewhere = http.withToken(memberWithRole("champion", "Olle Offtopic"));
        assertThat(admin.put("/api/v1/moderation/champions/" + idOf(champion) + "/tags", List.of(tag)).status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/moderation/champions/" + idOf(elsewhere) + "/tags", List.of("lager-" + token)).status()).isEqualTo(200);
        var path = "/api/v1/questions/" + thread.question() + "/summary";
        var edit = Map.of("body", "- Restart the router after the firmware update.");

        assertThat(elsewhere.put(path, edit).status()).as("a champion of other tags").isEqualTo(403);
        assertThat(thread.asker().put(path, edit).status()).as("the asker").isEqualTo(403);
        assertThat(thread.helper().put(path, edit).status()).as("the solution's author").isEqualTo(403);
        assertThat(new Http("http://localhost:" + port).put(path, edit).status()).as("a visitor").isEqualTo(401);
        assertThat(elsewhere.get("/questions/" + thread.question() + "/summary/edit").status()).isEqualTo(403);
        assertThat(elsewhere.submit("/questions/" + thread.question(), "/questions/" + thread.question() + "/summary", edit).status())
                .as("the page's form too").isEqualTo(403);
        assertThat(thread.asker().get(path).json().get("editedBy").isNull()).as("nothing changed").isTrue();

        assertThat(champion.get("/questions/" + thread.question() + "/summary/edit").body()).contains("Open the admin page");
        var saved = champion.submit("/questions/" + thread.question() + "/summary/edit", "/questions/" + thread.question() + "/summary", edit);
        assertThat(saved.status()).isIn(302, 303);
        assertThat(thread.asker().get(path).json().get("editedBy").asLong()).isEqualTo(idOf(champion));
    }

    @Test
    void anEditSurvivesASolutionChangeMarkedAsMaybeOutdated() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var staff = http.withToken(memberWithRole("staff"));
        staff.put("/api/v1/questions/" + thread.question() + "/summary", Map.of("body", "- Restart the router twice, then wait."));
        awaitFeed("knowledge.summaries");

        var changed = thread.helper().patch("/api/v1/answers/" + thread.solution(),
                Map.of("body", "- Reset the router to factory settings and set it up again.", "comment", "simpler"));
        assertThat(changed.status()).isEqualTo(200);
        awaitFeed("knowledge.summaries");

        var summary = thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").json();
        assertThat(summary.get("body").asString()).isEqualTo("- Restart the router twice, then wait.");
        assertThat(summary.get("outdated").asBoolean()).isTrue();
        assertThat(thread.asker().get("/questions/" + thread.question()).body()).contains("it may be outdated");

        staff.put("/api/v1/questions/" + thread.question() + "/summary", Map.of("body", "- Reset the router to factory settings."));
        assertThat(thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").json().get("outdated").asBoolean())
                .as("a new edit matches the new solution").isFalse();
    }

    @Test
    void anUnchangedSolutionKeepsFollowingTheThreadUntilEdited() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        thread.helper().patch("/api/v1/answers/" + thread.solution(),
                Map.of("body", "- Reset the router to factory settings and set it up again.", "comment", "simpler"));
        awaitFeed("knowledge.summaries");
        var summary = thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").json();
        assertThat(summary.get("body").asString()).contains("Reset the router to factory settings").doesNotContain("band steering");
        assertThat(summary.get("outdated").asBoolean()).isFalse();
    }

    @Test
    void outsidersGet404ForTheSummaryOfAPrivateSpacesThread() {
        var space = space("private");
        var outsider = http.withToken(memberWithRole("champion"));
        long question = ask(admin, space, "Private router question " + token, "wifi-" + token);
        assertThat(outsider.get("/api/v1/questions/" + question + "/summary").status()).isEqualTo(404);
        assertThat(outsider.put("/api/v1/questions/" + question + "/summary", Map.of("body", "- Restart the router.")).status())
                .isEqualTo(404);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/questions/" + question + "/summary").status()).isEqualTo(404);
    }

    @Test
    void badSummariesAreRefusedBesideTheirField() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var staff = http.withToken(memberWithRole("staff"));
        var path = "/api/v1/questions/" + thread.question() + "/summary";
        for (var body : new String[]{"", "\u200b\u200b\u200b", "\u0000\u0000", "short"}) {
            var refused = staff.put(path, Map.of("body", body));
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("body");
        }
        assertThat(staff.put(path, Map.of("body", "x".repeat(9000))).status()).isEqualTo(413);
        assertThat(staff.putRaw(path, "application/json", "{\"body\": null}").status()).isEqualTo(400);
        assertThat(staff.put("/api/v1/questions/999999999/summary", Map.of("body", "- Restart the router.")).status()).isEqualTo(404);
        var page = staff.submit("/questions/" + thread.question() + "/summary/edit", "/questions/" + thread.question() + "/summary",
                Map.of("body", "short"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The summary needs 10 to 2,000 characters.");
    }

    @Test
    void aRebuildComputesLostSummariesAgainAndKeepsEdits() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var edited = solvedThread(space("public"), "wifi-" + token);
        http.withToken(memberWithRole("staff")).put("/api/v1/questions/" + edited.question() + "/summary",
                Map.of("body", "- Restart the router, as the staff says."));
        db.sql("delete from knowledge_thread_summaries where question_id = :id").param("id", thread.question()).update();
        assertThat(thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").status()).isEqualTo(404);

        assertThat(follower.rebuild()).isPositive();
        assertThat(thread.asker().get("/api/v1/questions/" + thread.question() + "/summary").json().get("body").asString())
                .contains("Restart the router after installing firmware 2.2");
        assertThat(edited.asker().get("/api/v1/questions/" + edited.question() + "/summary").json().get("body").asString())
                .isEqualTo("- Restart the router, as the staff says.");
    }
}
