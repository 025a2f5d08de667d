package org.muster.qa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.StatementCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's question page and list pages run at most {@link #BUDGET} SQL statements, every one of them counted
 * (the session's too), however many answers, comments and authors the page shows: an N+1 fails here.
 */
class QuestionPageStatementsTests extends QaFixture {

    private static final int BUDGET = 4;

    private Http reader;
    private Http readerApi;

    @BeforeEach
    void setUp() {
        setUpSpace("public");
        var email = uniqueEmail("reader");
        long id = verifiedMember(email, "Reader");
        establish(id);
        readerApi = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        reader = new Http("http://localhost:" + port);
        assertThat(reader.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
    }

    @Test
    void memberQuestionPageStaysWithinBudget() {
        long question = threadTheReaderTookPartIn(3);
        assertWithinBudget(secondRequest("/questions/" + question));
    }

    @Test
    void moreAnswersCommentsAndAuthorsAddNoStatements() {
        long question = threadTheReaderTookPartIn(1);
        var before = secondRequest("/questions/" + question);
        for (int i = 0; i < 3; i++) answerWithComments(question, member("Later answerer " + i));
        var after = secondRequest("/questions/" + question);
        assertThat(after.size()).as("statements with 1 answer:\n%s\nwith 4 answers:\n%s", lines(before), lines(after))
                .isEqualTo(before.size());
    }

    @Test
    void memberSpaceFirstPageStaysWithinBudget() {
        threadTheReaderTookPartIn(1);
        ask(member("Second asker"), "Another question in the space from someone else");
        assertWithinBudget(secondRequest("/spaces/" + space));
    }

    @Test
    void memberSpaceDeepPageStaysWithinBudget() {
        var askers = List.of(member("Asker one"), member("Asker two"), member("Asker three"));
        for (int i = 0; i < QuestionQuery.DEFAULT_SIZE + 5; i++) ask(askers.get(i % askers.size()), "Question number " + i + " of a long list");
        var first = reader.get("/spaces/" + space).body();
        var next = first.replaceAll("(?s).*href=\"(/spaces/" + space + "\\?[^\"]*after=[^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).as("a link to the next page").startsWith("/spaces/");
        assertWithinBudget(secondRequest(next));
    }

    @Test
    void visitorQuestionPageStaysWithinBudget() {
        long question = threadTheReaderTookPartIn(3);
        var visitor = new Http("http://localhost:" + port);
        assertThat(visitor.get("/questions/" + question).status()).isEqualTo(200);
        assertWithinBudget(StatementCounter.statementsOf(visitor, "/questions/" + question));
    }

    /**
     * A question with answers and comments by several authors, in which the reader voted, bookmarked, marked an
     * answer helpful, watches, and has an unposted answer and comment.
     */
    private long threadTheReaderTookPartIn(int answers) {
        long question = ask(member("Asker"), "Why does the router drop the connection hourly");
        var answerIds = new ArrayList<Long>();
        for (int i = 0; i < answers; i++) answerIds.add(answerWithComments(question, member("Answerer " + i)));
        readerApi.post("/api/v1/posts/" + question + "/comments", Map.of("body", "Same here since the last update."));
        assertThat(readerApi.post("/api/v1/posts/" + answerIds.getFirst() + "/votes", Map.of("value", 1)).status()).isEqualTo(200);
        assertThat(readerApi.post("/api/v1/posts/" + answerIds.getFirst() + "/helped", Map.of()).status()).isLessThan(300);
        assertThat(readerApi.put("/api/v1/bookmarks/" + question, Map.of()).status()).isEqualTo(200);
        assertThat(readerApi.put("/api/v1/drafts/answer/" + question, Map.of("body", "Try a fixed channel")).status()).isLessThan(300);
        assertThat(readerApi.put("/api/v1/drafts/comment/" + answerIds.getFirst(), Map.of("body", "Did that help")).status()).isLessThan(300);
        return question;
    }

    private long answerWithComments(long question, Http author) {
        long answer = answer(author, question, "Turn off the automatic channel selection, it rescans every hour.");
        var commenter = member("Commenter on " + answer);
        commenter.post("/api/v1/posts/" + answer + "/comments", Map.of("body", "That fixed it for me, thanks."));
        author.post("/api/v1/posts/" + answer + "/comments", Map.of("body", "Glad it helped."));
        return answer;
    }

    /**
     * The page's statements when the member opens it again, once the node remembers what it may: the first
     * request of a session loads more, and so does one that meets the signal of a change just made (the
     * sign-in, a vote's points), which the node heard while it loaded.
     */
    private List<String> secondRequest(String path) {
        awaitFeed("recognition.reputation");
        assertThat(reader.get(path).status()).isEqualTo(200);
        var statements = StatementCounter.statementsOf(reader, path);
        for (int i = 0; i < 5; i++) {
            var again = StatementCounter.statementsOf(reader, path);
            if (again.size() == statements.size()) return again;
            statements = again;
        }
        return statements;
    }

    private static void assertWithinBudget(List<String> statements) {
        assertThat(statements.size()).as("statements of the page (budget %d):\n%s", BUDGET, lines(statements))
                .isLessThanOrEqualTo(BUDGET);
    }

    /** One line per statement, enough of it to tell which query came back. */
    private static String lines(List<String> statements) {
        return statements.stream().map(sql -> sql.strip().replaceAll("\\s+", " "))
                .map(sql -> "- " + (sql.length() > 160 ? sql.substring(0, 160) + "…" : sql))
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
