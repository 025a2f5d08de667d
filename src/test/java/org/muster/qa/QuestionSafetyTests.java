package org.muster.qa;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.platform.Markdown;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionSafetyTests extends QaFixture {

    @Autowired
    Markdown markdown;

    private static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "![x](javascript:alert(1))",
            "<body onload=alert(1)>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">");

    @Test
    void everyXssPayloadRendersInert() {
        for (var payload : XSS) {
            var html = markdown.toHtml("Before " + payload + " after").toLowerCase();
            assertThat(html).as(payload).doesNotContain("<script", "<iframe", "<svg", "<object", "<form", "<meta",
                    "<base", "<style", "javascript:", "onerror", "onload", "ontoggle", "data:text");
        }
    }

    @Test
    void markdownKeepsWhatMembersNeed() {
        var html = markdown.toHtml("""
                **bold** ~~gone~~ https://example.com

                | a | b |
                |---|---|
                | 1 | 2 |

                ```java
                int x = 1;
                ```""");
        assertThat(html).contains("<strong>bold</strong>", "<del>gone</del>", "<table>", "<td>1</td>",
                "<code class=\"language-java\">", "href=\"https://example.com\"", "nofollow");
    }

    @Test
    void aPostedPayloadIsInertOnThePage() {
        setUpSpace("public");
        var asker = member("xss");
        long id = asker.post("/api/v1/questions", Map.of("space", space, "title", "Does this payload get through?",
                "body", String.join("\n\n", XSS), "tags", List.of("linux"), "fields", Map.of("environment", "<script>alert(2)</script>")))
                .json().get("id").asLong();
        var page = http.get("/questions/" + id).body().toLowerCase();
        assertThat(page).doesNotContain("<script>alert", "onerror=", "javascript:alert", "<iframe");
    }

    @Test
    void privateQuestionsStayPrivate() {
        setUpSpace("private");
        var insider = member("insider");
        admin.post("/api/v1/spaces/" + space + "/members", Map.of("email",
                insider.get("/api/v1/me").json().get("email").asString()));
        long id = ask(insider, "A secret question of the private group");
        var outsider = member("outsider");
        assertThat(outsider.get("/api/v1/questions/" + id).status()).isEqualTo(404);
        assertThat(new Http("http://localhost:" + port).get("/questions/" + id).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/questions").body()).doesNotContain("secret question");
        assertThat(outsider.post("/api/v1/questions/" + id + "/answers", Map.of("body", "I should not be able to answer this.")).status())
                .isEqualTo(404);
        assertThat(outsider.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/posts/" + id + "/revisions").status()).isEqualTo(404);
        assertThat(insider.get("/api/v1/questions/" + id).status()).isEqualTo(200);
    }

    @Test
    void concurrentVotesAllCount() throws Exception {
        setUpSpace("public");
        long id = ask(member("popular"), "A question many people like at once");
        var voters = new ArrayList<Http>();
        for (int i = 0; i < 16; i++) voters.add(member("v" + i));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var tasks = new ArrayList<Callable<Integer>>();
            for (var voter : voters) {
                tasks.add(() -> voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).status());
                tasks.add(() -> voter.post("/api/v1/posts/" + id + "/votes", Map.of("value", 1)).status());
            }
            for (var result : pool.invokeAll(tasks)) assertThat(result.get()).isEqualTo(200);
        }
        var question = http.get("/api/v1/questions/" + id).json();
        assertThat(question.get("score").asInt()).isEqualTo(16);
        assertThat(db.sql("select count(*) from votes where post_id = :id").param("id", id).query(Long.class).single()).isEqualTo(16);
    }

    @Test
    void viewsCountOncePerVisitorPerDayAndNotForBots() {
        setUpSpace("public");
        long id = ask(member("viewed"), "How many people looked at this question?");
        var browser = Map.of("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        var person = new Http("http://localhost:" + port).withHeaders(browser);
        person.get("/questions/" + id);
        person.get("/questions/" + id);
        new Http("http://localhost:" + port).withHeaders(Map.of("User-Agent", "Googlebot/2.1")).get("/questions/" + id);
        new Http("http://localhost:" + port).withHeaders(Map.of("User-Agent", "Mozilla/5.0 (Macintosh) Safari/18")).get("/questions/" + id);
        assertThat(http.get("/api/v1/questions/" + id).json().get("viewCount").asInt()).isEqualTo(2);
    }
}
