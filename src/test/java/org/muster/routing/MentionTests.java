package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muster.routing.WatchTests.email;
import static org.muster.routing.WatchTests.memberId;

/** @mentions: who is told, who never is, and the editor's suggestions. */
class MentionTests extends QaFixture {

    @BeforeEach
    void setUp() {
        setUpSpace("public");
    }

    @Test
    void handlesAreMadeFromTheDisplayNameAndNumberedWhenTaken() {
        var name = "Zoë Quinn " + UUID.randomUUID().toString().substring(0, 6);
        var first = member(name);
        var second = member(name);
        var handle = handle(first);
        assertThat(handle).matches("zoe_quinn_[a-z0-9]{6}");
        assertThat(handle(second)).isEqualTo(handle + "2");
        assertThat(first.get("/members/" + memberId(first)).body()).contains("@" + handle);
    }

    @Test
    void aMentionInAnAnswerCommentOrEditTellsTheMemberOnceEach() {
        var author = member("Mention Author");
        var mia = member("Mia " + UUID.randomUUID().toString().substring(0, 6));
        var bob = member("Bob " + UUID.randomUUID().toString().substring(0, 6));
        long question = ask(author, "Which firmware fixes the hourly drops?");
        long answer = answer(author, question, "Try firmware 2.2, @" + handle(mia) + " had the same router.");
        awaitFeed("routing.mentions");
        assertThat(mentions(mia, question)).hasSize(1);

        var comment = author.post("/api/v1/posts/" + answer + "/comments", Map.of("body", "@" + handle(bob) + " too?"));
        assertThat(comment.status()).isEqualTo(201);
        var edited = author.patch("/api/v1/answers/" + answer, Map.of("body",
                "Try firmware 2.2, @" + handle(mia) + " had the same router; @" + handle(bob) + " fixed it with 2.3."));
        assertThat(edited.status()).isEqualTo(200);
        awaitFeed("routing.mentions");

        assertThat(mentions(mia, question)).as("the edit kept Mia's mention: no second notice").hasSize(1);
        assertThat(mentions(bob, question)).as("one for the comment, one for the edit that added the mention").hasSize(2);
        assertThat(db.sql("select path from notifications where member_id = :m and kind = 'MENTION' order by id")
                .param("m", memberId(mia)).query(String.class).list().getFirst()).endsWith("#post-" + answer);
    }

    @Test
    void aMentionOfAMemberWhoCannotSeeThePostTellsNobody() {
        var secret = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/v1/spaces", Map.of("slug", secret, "name", "Secret " + secret, "visibility", "private"));
        var author = member("Private Author");
        var insider = member("Insider " + UUID.randomUUID().toString().substring(0, 6));
        var outsider = member("Outsider " + UUID.randomUUID().toString().substring(0, 6));
        admin.post("/api/v1/spaces/" + secret + "/members", Map.of("email", email(author)));
        admin.post("/api/v1/spaces/" + secret + "/members", Map.of("email", email(insider)));

        var asked = author.post("/api/v1/questions", Map.of("space", secret, "title", "A private question naming two people",
                "body", "Could @" + handle(outsider) + " or @" + handle(insider) + " look at this?", "tags", List.of("windows")));
        long question = asked.json().get("id").asLong();
        awaitFeed("routing.mentions");

        assertThat(mentions(outsider, question)).isEmpty();
        assertThat(mentions(insider, question)).hasSize(1);
    }

    @Test
    void mentionsOfOneselfAndInCodeNameNobody() {
        var author = member("Code Author " + UUID.randomUUID().toString().substring(0, 6));
        var dev = member("Dev " + UUID.randomUUID().toString().substring(0, 6));
        var response = author.post("/api/v1/questions", question("Why does the annotation not compile here?", List.of("windows"))
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getKey().equals("body") ? "I (@" + handle(author) + ") wrote `@" + handle(dev) + "` and\n\n"
                                + "```\n@" + handle(dev) + "\nclass Router {}\n```\n\nmail me at x@" + handle(dev) + ".test" : e.getValue())));
        assertThat(response.status()).isEqualTo(201);
        long question = response.json().get("id").asLong();
        awaitFeed("routing.mentions");

        assertThat(mentions(author, question)).isEmpty();
        assertThat(mentions(dev, question)).isEmpty();
    }

    @Test
    void atMostTenMentionsOfAPostNotify() {
        var author = member("Many Names");
        var named = new java.util.ArrayList<Http>();
        for (int i = 0; i < 11; i++) named.add(member("Many " + i + " " + UUID.randomUUID().toString().substring(0, 6)));
        var body = new StringBuilder("Calling everyone:");
        for (var who : named) body.append(" @").append(handle(who));
        long question = ask(author, "Which firmware fixes the hourly drops?");
        answer(author, question, body.toString());
        awaitFeed("routing.mentions");

        assertThat(named.stream().filter(who -> !mentions(who, question).isEmpty()).count()).isEqualTo(MentionFollower.MOST);
        assertThat(mentions(named.getLast(), question)).isEmpty();
    }

    @Test
    void suggestionsMatchHandlesAndNamesWhateverTheirCaseAndAccents() {
        var unique = UUID.randomUUID().toString().substring(0, 5);
        var elodie = member("Élodie Ünal" + unique);
        var asker = member("Suggestion Asker");

        var found = asker.get("/api/v1/mentions?prefix=ELODIE_unal" + unique).json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("handle").asString()).isEqualTo(handle(elodie));
        assertThat(found.get(0).get("displayName").asString()).isEqualTo("Élodie Ünal" + unique);
        assertThat(asker.get("/api/v1/mentions?prefix=" + java.net.URLEncoder.encode("élodie ünal" + unique,
                java.nio.charset.StandardCharsets.UTF_8)).json().size()).isEqualTo(1);
        assertThat(asker.get("/api/v1/mentions?prefix=e").json().size()).as("one letter suggests nobody").isZero();
        assertThat(asker.get("/api/v1/mentions?prefix=ma").json().size()).isLessThanOrEqualTo(MentionSuggestions.SHOWN);
        assertThat(http.get("/api/v1/mentions?prefix=elodie").status()).isEqualTo(401);
    }

    private String handle(Http who) {
        return who.get("/api/v1/me").json().get("mentionHandle").asString();
    }

    private List<Long> mentions(Http who, long questionId) {
        return db.sql("select id from notifications where member_id = :m and question_id = :q and kind = 'MENTION'")
                .param("m", memberId(who)).param("q", questionId).query(Long.class).list();
    }
}
