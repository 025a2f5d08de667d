package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.insights.Figures;
import org.muster.insights.Insights;
import org.muster.insights.Period;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instant answers on the ask form and through the API: a duplicate of a solved question is offered its
 * solution, unrelated text nothing, an outsider nothing from a private space; the member's choices and
 * offers left unanswered are counted by insights, each offer once however long he types.
 */
class InstantAnswerTests extends IntegrationTest {

    private static final String SOLVED_TITLE = "Kettle %s switches off before the water boils";
    private static final String SOLVED_BODY = "My electric kettle %s clicks off after a minute, long before the water boils. "
            + "It has done this every time since last week.";
    private static final String TYPED_TITLE = "Electric kettle %s switches itself off before the water boils";
    private static final String TYPED_BODY = "The kettle %s clicks off after about a minute, well before the water is boiling.";
    private static final String SOLUTION = "Descale it: **limescale** on the element trips the thermostat early.";

    @Autowired
    Insights insights;

    @Autowired
    InstantAnswerService instantAnswers;

    private final String token = "ia" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private Http admin;
    private Http member;
    private String space;
    private long spaceId;
    private long solved;
    private Actor staff;

    @BeforeEach
    void aSolvedQuestion() {
        admin = http.withToken(adminToken());
        space = "instant-" + token;
        var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Kitchen " + token, "visibility", "public"));
        assertThat(created.status()).isEqualTo(201);
        spaceId = created.json().get("id").asLong();
        // A champion, who may bring in the tag the other members then use.
        var asker = http.withToken(memberWithRole("champion", "Asker " + token));
        var helper = http.withToken(memberWithRole("member", "Helper " + token));
        solved = ask(asker, space, SOLVED_TITLE.formatted(token), SOLVED_BODY.formatted(token));
        var answer = helper.post("/api/v1/questions/" + solved + "/answers", Map.of("body", SOLUTION));
        assertThat(asker.post("/api/v1/questions/" + solved + "/accept", Map.of("answerId", answer.json().get("id").asLong()))
                .status()).isBetween(200, 204);
        member = http.withToken(memberWithRole("member", "Typist " + token));
        long staffId = memberFixture().create(uniqueEmail("staff"), "Staff " + token, "staff");
        staff = new Actor(staffId, Role.STAFF, "Staff " + token, ZoneOffset.UTC);
        awaitFeed("search.index");
    }

    @Test
    void typingADuplicateOfASolvedQuestionShowsItsSolutionBesideTheAskForm() {
        var panel = member.get("/ask/similar?title=" + encode(TYPED_TITLE.formatted(token)) + "&body=" + encode(TYPED_BODY.formatted(token)));
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("Does this solve it?").contains("/questions/" + solved + "/")
                .contains("<strong>limescale</strong>").contains("Yes, thanks").contains("No, ask anyway")
                .contains("form=\"ask-form\"").contains("name=\"askAnyway\"");
        assertThat(member.get("/ask?space=" + space).body()).contains("id=\"ask-form\"");
    }

    @Test
    void theApiOffersTheSameSolutionAndRecordsTheChoice() {
        var offer = offer(member);
        assertThat(offer.status()).isEqualTo(200);
        assertThat(offer.json().get("questionId").asLong()).isEqualTo(solved);
        assertThat(offer.json().get("solutionHtml").asString()).contains("<strong>limescale</strong>");
        assertThat(offer.json().get("url").asString()).endsWith("/questions/" + solved + "/" + org.muster.qa.Question.slugOf(SOLVED_TITLE.formatted(token)));
        long id = offer.json().get("id").asLong();
        // Typing on shows the same offer: one "shown" however many times it is asked for.
        assertThat(offer(member).json().get("id").asLong()).isEqualTo(id);

        var another = http.withToken(memberWithRole("member"));
        assertThat(another.post("/api/v1/instant-answers/" + id + "/choice", Map.of("choice", "solved")).status()).isEqualTo(404);
        var bad = member.post("/api/v1/instant-answers/" + id + "/choice", Map.of("choice", "maybe"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("choice");

        assertThat(member.post("/api/v1/instant-answers/" + id + "/choice", Map.of("choice", "solved")).status()).isEqualTo(204);
        assertThat(member.post("/api/v1/instant-answers/" + id + "/choice", Map.of("choice", "ask-anyway")).status()).isEqualTo(204);
        // Answered: not offered again while he is asking (another test's kettle may be, in its own space).
        var again = offer(member);
        if (again.status() == 200) assertThat(again.json().get("questionId").asLong()).isNotEqualTo(solved);
        else assertThat(again.status()).isEqualTo(204);

        awaitFeed("insights.instant-answers");
        assertThat(headlines()).containsExactly(1.0, 1.0, 0.0, 0.0, 1.0);
    }

    @Test
    void yesThanksOnThePageGoesToTheSolvedQuestionAndNoAskAnywayPostsTheQuestion() {
        var yes = http.withToken(memberWithRole("member"));
        long first = offer(yes).json().get("id").asLong();
        var solvedBy = yes.submit("/ask?space=" + space, "/instant-answers/" + first + "/solved", Map.of());
        assertThat(solvedBy.status()).isIn(302, 303);
        assertThat(solvedBy.header("Location")).endsWith("/questions/" + solved);

        long second = offer(member).json().get("id").asLong();
        var asked = member.submit("/ask?space=" + space, "/ask", Map.of("space", space, "askAnyway", Long.toString(second),
                "title", TYPED_TITLE.formatted(token), "body", TYPED_BODY.formatted(token), "tagText", "kettle"));
        assertThat(asked.status()).isIn(302, 303);
        assertThat(asked.header("Location")).contains("/questions/");

        awaitFeed("insights.instant-answers");
        assertThat(headlines()).containsExactly(2.0, 1.0, 1.0, 0.0, 0.5);
    }

    @Test
    void withoutJavaScriptPostingADuplicateShowsTheSolutionFirstAndKeepsWhatWasTyped() {
        var shown = member.submit("/ask?space=" + space, "/ask", Map.of("space", space,
                "title", TYPED_TITLE.formatted(token), "body", TYPED_BODY.formatted(token), "tagText", "kettle"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Before you post").contains("Does this solve it?").contains("<strong>limescale</strong>")
                .contains("value=\"" + TYPED_TITLE.formatted(token) + "\"").contains(TYPED_BODY.formatted(token)).contains("value=\"kettle\"");
        var offer = java.util.regex.Pattern.compile("name=\"askAnyway\" value=\"(\\d+)\"").matcher(shown.body());
        assertThat(offer.find()).isTrue();

        var asked = member.submit("/ask?space=" + space, "/ask", Map.of("space", space, "askAnyway", offer.group(1),
                "title", TYPED_TITLE.formatted(token), "body", TYPED_BODY.formatted(token), "tagText", "kettle"));
        assertThat(asked.status()).isIn(302, 303);
        awaitFeed("insights.instant-answers");
        assertThat(headlines()).containsExactly(1.0, 0.0, 1.0, 0.0, 0.0);
    }

    @Test
    void postingAQuestionWhileOfferedDeclinesAndAnOfferLeftUnansweredCountsAsLeft() {
        offer(member);
        var leaver = http.withToken(memberWithRole("member"));
        offer(leaver);
        ask(member, space, "Toaster " + token + " burns one side of the bread", "Only the left slot browns the bread.");
        assertThat(instantAnswers.settleLeft(Instant.now().plus(InstantAnswerService.ASKING).plus(Duration.ofMinutes(1)))).isTrue();
        awaitFeed("insights.instant-answers");
        assertThat(headlines()).containsExactly(2.0, 0.0, 1.0, 1.0, 0.0);
    }

    @Test
    void unrelatedTextAndVisitorsGetNoInstantAnswer() {
        assertThat(member.get("/api/v1/instant-answers?title=" + encode("How do I change the font size on my e-reader " + token)).status())
                .isEqualTo(204);
        assertThat(member.get("/api/v1/instant-answers").status()).isEqualTo(204);
        assertThat(http.get("/api/v1/instant-answers?title=" + encode(TYPED_TITLE.formatted(token))).status()).isEqualTo(401);
        assertThat(http.get("/ask/similar?title=" + encode(TYPED_TITLE.formatted(token)) + "&body=" + encode(TYPED_BODY.formatted(token))).body())
                .doesNotContain("Does this solve it?");
        var tooLong = member.get("/api/v1/instant-answers?title=" + encode("x".repeat(301)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("field").asString()).isEqualTo("title");
        assertThat(member.get("/api/v1/instant-answers?title=" + encode("\u0000\u200b kettle")).status()).isIn(200, 204);
    }

    @Test
    void aSolutionInAPrivateSpaceIsOfferedOnlyToThoseWhoMaySeeIt() {
        var privateSpace = "instant-private-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", privateSpace, "name", "Private " + token, "visibility", "private"))
                .status()).isEqualTo(201);
        var insider = http.withToken(memberWithRole("member", "Insider " + token));
        assertThat(admin.post("/api/v1/spaces/" + privateSpace + "/members",
                Map.of("email", insider.get("/api/v1/me").json().get("email").asString())).status()).isEqualTo(204);
        var staffAsker = http.withToken(memberWithRole("staff", "Staff asker " + token));
        var title = "Blender %s jug leaks from the bottom seal while mixing";
        var body = "The blender %s jug leaks water from the rubber seal at the bottom whenever it runs.";
        long secret = ask(staffAsker, privateSpace, title.formatted(token), body.formatted(token));
        var answer = staffAsker.post("/api/v1/questions/" + secret + "/answers", Map.of("body", "Replace the gasket ring under the blade."));
        assertThat(staffAsker.post("/api/v1/questions/" + secret + "/accept", Map.of("answerId", answer.json().get("id").asLong()))
                .status()).isBetween(200, 204);
        awaitFeed("search.index");

        var typed = "?title=" + encode("Blender " + token + " jug leaking from the bottom seal when mixing")
                + "&body=" + encode("Water leaks out of the blender " + token + " jug's bottom rubber seal while it runs.");
        assertThat(member.get("/api/v1/instant-answers" + typed).status()).isEqualTo(204);
        assertThat(member.get("/ask/similar" + typed).body()).doesNotContain("gasket");
        var inside = insider.get("/api/v1/instant-answers" + typed);
        assertThat(inside.status()).isEqualTo(200);
        assertThat(inside.json().get("questionId").asLong()).isEqualTo(secret);
    }

    private Http.Response offer(Http who) {
        return who.get("/api/v1/instant-answers?title=" + encode(TYPED_TITLE.formatted(token)) + "&body=" + encode(TYPED_BODY.formatted(token)));
    }

    private long ask(Http who, String spaceSlug, String title, String body) {
        var response = who.post("/api/v1/questions", Map.of("space", spaceSlug, "title", title, "body", body, "tags", List.of("kettle")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Shown, solved by it, asked anyway, left, share solved: today in this test's space. */
    private List<Double> headlines() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var figures = insights.report(staff, "instant-answers", new Period(today, today), spaceId, null).current();
        return figures.headlines().stream().map(Figures.Headline::value).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
