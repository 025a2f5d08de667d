package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QAPage JSON-LD of public question pages, checked against Google's published structured-data
 * requirements for Q&A pages (developers.google.com/search/docs/appearance/structured-data/qapage).
 */
class StructuredDataTests extends SummaryFixture {

    /** QAPage: required. */
    static final List<String> QA_PAGE_REQUIRED = List.of("mainEntity");
    /** Question: required; "acceptedAnswer or suggestedAnswer" is checked on its own. */
    static final List<String> QUESTION_REQUIRED = List.of("name", "answerCount");
    static final List<String> QUESTION_RECOMMENDED = List.of("text", "upvoteCount", "dateCreated", "author");
    /** Answer: required, then recommended. */
    static final List<String> ANSWER_REQUIRED = List.of("text");
    static final List<String> ANSWER_RECOMMENDED = List.of("url", "upvoteCount", "dateCreated", "author");
    /** Person (author): required. */
    static final List<String> AUTHOR_REQUIRED = List.of("name");

    private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        setUpAdmin();
    }

    @Test
    void aThreadWithAnAcceptedAValidatedAndAPlainAnswerMeetsGooglesQaPageRequirements() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var staff = http.withToken(memberWithRole("staff"));
        assertThat(staff.post("/api/v1/answers/" + thread.third() + "/validate", Map.of()).status()).isEqualTo(200);
        thread.other().post("/api/v1/posts/" + thread.solution() + "/votes", Map.of("value", 1));
        awaitFeed("knowledge.summaries", "platform.page-cache");

        var page = visitor().get("/questions/" + thread.question());
        var ld = structuredData(page.body());
        assertThat(ld).isNotNull();
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("QAPage");
        assertThat(missing(ld, QA_PAGE_REQUIRED)).isEmpty();

        var question = ld.get("mainEntity");
        assertThat(question.get("@type").asString()).isEqualTo("Question");
        assertThat(missing(question, QUESTION_REQUIRED)).isEmpty();
        assertThat(missing(question, QUESTION_RECOMMENDED)).isEmpty();
        assertThat(question.has("acceptedAnswer") || question.has("suggestedAnswer")).isTrue();
        assertThat(question.get("name").asString()).isEqualTo("Router drops wifi every hour " + token);
        assertThat(question.get("answerCount").asInt()).isEqualTo(3);
        assertThat(question.get("dateCreated").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(missing(question.get("author"), AUTHOR_REQUIRED)).isEmpty();
        assertThat(question.get("author").get("url").asString()).endsWith("/members/" + idOf(thread.asker()));

        var accepted = ids(question.get("acceptedAnswer"));
        var suggested = ids(question.get("suggestedAnswer"));
        assertThat(accepted).as("the accepted and the validated answer").containsExactlyInAnyOrder(
                "#post-" + thread.solution(), "#post-" + thread.third());
        assertThat(suggested).containsExactly("#post-" + thread.first());
        for (var answer : answers(question)) {
            assertThat(answer.get("@type").asString()).isEqualTo("Answer");
            assertThat(missing(answer, ANSWER_REQUIRED)).isEmpty();
            assertThat(missing(answer, ANSWER_RECOMMENDED)).isEmpty();
            assertThat(missing(answer.get("author"), AUTHOR_REQUIRED)).isEmpty();
            assertThat(answer.get("url").asString()).startsWith(canonicalOf(page.body()) + "#post-");
        }
        var solution = answers(question).stream().filter(a -> a.get("url").asString().endsWith("#post-" + thread.solution())).findFirst().orElseThrow();
        assertThat(solution.get("upvoteCount").asInt()).isEqualTo(1);
        assertThat(solution.get("text").asString()).contains("Restart the router");
    }

    @Test
    void thePageHeadHasCanonicalDescriptionOpenGraphAndATitleForResultLists() {
        var thread = solvedThread(space("public"), "wifi-" + token);
        var body = visitor().get("/questions/" + thread.question()).body();
        var canonical = canonicalOf(body);
        assertThat(canonical).matches("https?://[^/]+/questions/" + thread.question() + "/router-drops-wifi-every-hour-" + token);
        var description = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\"").matcher(body);
        assertThat(description.find()).isTrue();
        assertThat(description.group(1)).as("from the summary").contains("Open the admin page").hasSizeLessThanOrEqualTo(160);
        assertThat(body).contains("<meta property=\"og:title\" content=\"Router drops wifi every hour " + token + "\">",
                "<meta property=\"og:url\" content=\"" + canonical + "\">", "<meta property=\"og:type\" content=\"article\">");
        assertThat(body).containsPattern("<title>Router drops wifi every hour " + token + " · [^<]+</title>");
    }

    @Test
    void aPostSayingScriptEndCannotBreakOutOfTheJsonLd() {
        var space = space("public");
        var asker = member("Script asker");
        long question = ask(asker, space, "Why does </script><b>bold</b> appear " + token, "html-" + token);
        answer(member("Script answerer"), question, "Type `</script><script>alert(1)</script>` & see what happens.");
        awaitFeed("platform.page-cache");

        var body = visitor().get("/questions/" + question).body();
        var ld = LD.matcher(body);
        assertThat(ld.find()).isTrue();
        assertThat(ld.group(1)).doesNotContain("<", ">");
        var parsed = JSON.readTree(ld.group(1));
        assertThat(parsed.get("mainEntity").get("name").asString()).isEqualTo("Why does </script><b>bold</b> appear " + token);
        assertThat(parsed.get("mainEntity").get("suggestedAnswer").get(0).get("text").asString()).contains("</script><script>alert(1)</script> &");
    }

    @Test
    void privateAndMembersOnlyThreadsCarryNoStructuredDataNorDescription() {
        for (var visibility : List.of("private", "members")) {
            var space = space(visibility);
            long question = ask(admin, space, "Hidden router question " + visibility + " " + token, "wifi-" + token);
            answer(admin, question, "- Restart the router after the firmware update, then wait.");
            var body = admin.get("/questions/" + question).body();
            assertThat(body).as(visibility).contains("Hidden router question")
                    .doesNotContain("application/ld+json", "name=\"description\"", "og:description", "rel=\"canonical\"");
        }
    }

    @Test
    void aQuestionWithoutAnswersHasNoQaPageButItsCanonicalLink() {
        var space = space("public");
        long question = ask(member("Lonely asker"), space, "Nobody answered this router question " + token, "wifi-" + token);
        awaitFeed("platform.page-cache");
        var body = visitor().get("/questions/" + question).body();
        assertThat(body).doesNotContain("application/ld+json").contains("rel=\"canonical\"");
    }

    private Http visitor() {
        return new Http("http://localhost:" + port);
    }

    private static JsonNode structuredData(String body) {
        var matcher = LD.matcher(body);
        return matcher.find() ? JSON.readTree(matcher.group(1)) : null;
    }

    private static String canonicalOf(String body) {
        var matcher = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\">").matcher(body);
        if (!matcher.find()) throw new AssertionError("no canonical link");
        return matcher.group(1);
    }

    private static List<String> missing(JsonNode node, List<String> properties) {
        return properties.stream().filter(p -> node == null || !node.has(p) || node.get(p).isNull()).toList();
    }

    private static List<JsonNode> answers(JsonNode question) {
        var all = new ArrayList<JsonNode>();
        for (var field : List.of("acceptedAnswer", "suggestedAnswer"))
            if (question.has(field)) question.get(field).valueStream().forEach(all::add);
        return all;
    }

    private static List<String> ids(JsonNode answers) {
        if (answers == null) return List.of();
        return answers.valueStream().map(a -> a.get("url").asString().replaceAll(".*(#post-\\d+)$", "$1")).toList();
    }
}
