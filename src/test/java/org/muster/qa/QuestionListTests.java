package org.muster.qa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionListTests extends QaFixture {

    private Http asker;
    private final List<Long> asked = new ArrayList<>();

    @BeforeEach
    void seventyQuestions() {
        setUpSpace("public");
        asker = member("lister");
        for (int i = 0; i < 70; i++) asked.add(ask(asker, "Question number " + i + " about the router"));
    }

    private List<Long> walk(String query) {
        var seen = new ArrayList<Long>();
        String after = null;
        do {
            var page = http.get("/api/v1/questions?space=" + space + "&size=25" + query + (after == null ? "" : "&after=" + after)).json();
            page.get("questions").valueStream().forEach(q -> seen.add(q.get("id").asLong()));
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);
        return seen;
    }

    @Test
    void keysetPagesVisitEveryQuestionOnceInOrder() {
        var newest = walk("&sort=newest");
        assertThat(newest).hasSize(70).doesNotHaveDuplicates();
        assertThat(newest).isEqualTo(asked.reversed());

        var voter = member("voter");
        voter.post("/api/v1/posts/" + asked.get(5) + "/votes", Map.of("value", 1));
        voter.post("/api/v1/posts/" + asked.get(9) + "/votes", Map.of("value", -1));
        var byVotes = walk("&sort=votes");
        assertThat(byVotes).hasSize(70).doesNotHaveDuplicates();
        assertThat(byVotes.getFirst()).isEqualTo(asked.get(5));
        assertThat(byVotes.getLast()).isEqualTo(asked.get(9));

        assertThat(new HashSet<>(walk("&sort=active"))).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void unansweredUnsolvedAndSolvedFilter() {
        long answered = asked.get(3);
        var helper = member("helper");
        long answerId = answer(helper, answered, "Restart the router once and update the firmware afterwards.");
        long solved = asked.get(4);
        long solution = answer(helper, solved, "Disable the power saving mode of the Wi-Fi adapter in Windows.");
        asker.post("/api/v1/questions/" + solved + "/accept", Map.of("answerId", solution));

        assertThat(walk("&sort=unanswered")).hasSize(68).doesNotContain(answered, solved);
        assertThat(walk("&sort=unsolved")).hasSize(69).contains(answered).doesNotContain(solved);
        assertThat(walk("&solved=true")).containsExactly(solved);
        assertThat(answerId).isPositive();
    }

    @Test
    void tagFilterAndUnknownSort() {
        long mac = asker.post("/api/v1/questions", question("A question only about the mac app", List.of("macos")))
                .json().get("id").asLong();
        assertThat(walk("&tag=macos")).containsExactly(mac);
        var bad = http.get("/api/v1/questions?sort=sideways");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("sort");
        assertThat(http.get("/api/v1/questions?after=not-a-cursor").status()).isEqualTo(400);
    }

    @Test
    void pagesListSortAndFilterWithoutJavaScript() {
        var first = http.get("/spaces/" + space + "?sort=newest");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Question number 69 about the router").doesNotContain("Question number 10 about");
        var next = first.body().replaceAll("(?s).*href=\"([^\"]*after=[^\"]*)\".*", "$1").replace("&amp;", "&");
        var second = http.get(next);
        assertThat(second.body()).contains("Question number 39 about the router");
        assertThat(http.get("/?sort=unanswered").status()).isEqualTo(200);
    }

    @Test
    void pinnedQuestionsComeFirstOnTheSpacePage() {
        var moderator = http.withToken(memberWithRole("moderator"));
        moderator.post("/api/v1/questions/" + asked.getFirst() + "/pin", Map.of());
        var page = http.get("/spaces/" + space).body();
        assertThat(page.indexOf("Question number 0 about")).isLessThan(page.indexOf("Question number 69 about"));
    }
}
