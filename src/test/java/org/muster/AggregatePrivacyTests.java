package org.muster;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content in a space of every visibility, read by every kind of reader through every aggregate:
 * tags, leaderboards, profiles, badges, the review queue, search facets. Nobody sees a count, tag,
 * name or rank that comes from content he may not read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatePrivacyTests extends IntegrationTest {

    private static final List<String> VISIBILITIES = List.of("public", "members", "private", "staff");
    /** What each reader may read. */
    private static final Map<String, List<String>> READS = Map.of(
            "visitor", List.of("public"),
            "member", List.of("public", "members"),
            "listed", List.of("public", "members", "private"),
            "moderator", List.of("public", "members"),
            "staff", VISIBILITIES);
    /** The helper's points in each space: nine upvotes and an acceptance, or an acceptance only. */
    private static final Map<String, Integer> POINTS = Map.of("public", 105, "members", 15, "private", 105, "staff", 15);

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, Long> questions = new HashMap<>();
    private final Map<String, Long> answers = new HashMap<>();
    private final Map<String, Http> readers = new LinkedHashMap<>();
    private Http admin;
    private Http helper;
    private long helperId;
    /** Answers only in the private space. */
    private long insiderId;

    @BeforeAll
    void contentInEverySpace() {
        http = new Http(base());
        admin = http.withToken(adminToken());
        var listedEmail = uniqueEmail("listed");
        verifiedMember(listedEmail, "Listed reader");
        readers.put("visitor", new Http(base()));
        readers.put("member", new Http(base()).withToken(memberWithRole("member", "Plain reader")));
        readers.put("listed", new Http(base()).withToken(tokenFor(listedEmail, PASSWORD)));
        readers.put("moderator", new Http(base()).withToken(memberWithRole("moderator", "Moderator reader")));
        readers.put("staff", new Http(base()).withToken(memberWithRole("staff", "Staff reader")));
        for (var visibility : VISIBILITIES) {
            var slug = "agg-" + visibility + "-" + token;
            var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Aggregates " + visibility + " " + token,
                    "visibility", visibility, "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag(visibility))))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            slugs.put(visibility, slug);
        }
        assertThat(admin.post("/api/v1/spaces/" + slugs.get("private") + "/members", Map.of("email", listedEmail)).status())
                .isEqualTo(204);

        // Staff may post everywhere, so one asker, one helper and the voters serve every space.
        var asker = new Http(base()).withToken(memberWithRole("staff", "Asker " + token));
        helper = new Http(base()).withToken(memberWithRole("staff", "Helper " + token));
        helperId = helper.get("/api/v1/me").json().get("id").asLong();
        var voters = new ArrayList<Http>();
        for (int i = 0; i < 9; i++) voters.add(new Http(base()).withToken(memberWithRole("staff", "Voter " + i)));
        for (var visibility : VISIBILITIES) {
            // The private question also carries the public tag: its count must not grow for outsiders.
            var tags = visibility.equals("private") ? List.of(tag("private"), tag("public")) : List.of(tag(visibility));
            var asked = asker.post("/api/v1/questions", Map.of("space", slugs.get(visibility),
                    "title", "Question in the " + visibility + " space " + token,
                    "body", "The router in the " + visibility + " office drops the connection every hour.", "tags", tags));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            long question = asked.json().get("id").asLong();
            var answered = helper.post("/api/v1/questions/" + question + "/answers",
                    Map.of("body", "Turn off the hourly firmware check in the " + visibility + " router's settings."));
            assertThat(answered.status()).as(answered.body()).isEqualTo(201);
            long answer = answered.json().get("id").asLong();
            var accepted = asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
            assertThat(accepted.status()).as(accepted.body()).isBetween(200, 204);
            if (POINTS.get(visibility) > 15)
                for (var voter : voters) voter.post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
            // The listed reader's flags weigh nothing, so the answers stay in view; in the staff space only
            // staff may flag, and staff flags hide: there the question is flagged (hiding it changes no count here).
            var staffSpace = visibility.equals("staff");
            var flagged = (staffSpace ? voters.getFirst() : readers.get("listed")).post(
                    "/api/v1/posts/" + (staffSpace ? question : answer) + "/flags",
                    Map.of("reason", "wrong", "note", "flag-note-" + visibility + "-" + token));
            assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
            questions.put(visibility, question);
            answers.put(visibility, answer);
        }
        var insider = new Http(base()).withToken(memberWithRole("staff", "Insider " + token));
        insiderId = insider.get("/api/v1/me").json().get("id").asLong();
        var inside = insider.post("/api/v1/questions/" + questions.get("private") + "/answers",
                Map.of("body", "Our private rollout plan switches the hourly firmware check off next week."));
        assertThat(inside.status()).as(inside.body()).isEqualTo(201);
        for (var voter : voters) voter.post("/api/v1/posts/" + inside.json().get("id").asLong() + "/votes", Map.of("value", 1));
        awaitPoints(insiderId, 90);
        awaitPoints(helperId, 240);
    }

    @Test
    void tagsListAndCountOnlyWhatTheReaderMayRead() {
        readers.forEach((reader, http) -> {
            for (var visibility : VISIBILITIES) {
                boolean reads = READS.get(reader).contains(visibility);
                var listed = http.get("/api/v1/tags?prefix=" + tag(visibility));
                assertThat(names(listed.json())).as("%s lists the %s tag", reader, visibility)
                        .isEqualTo(reads ? List.of(tag(visibility)) : List.of());
                var one = http.get("/api/v1/tags/" + tag(visibility));
                assertThat(one.status()).as("%s gets the %s tag", reader, visibility).isEqualTo(reads ? 200 : 404);
                assertThat(http.get("/tags/" + tag(visibility)).status()).as("%s opens the %s tag page", reader, visibility)
                        .isEqualTo(reads ? 200 : 404);
                assertThat(http.get("/tags?prefix=" + tag(visibility)).body()).as("%s's tag page", reader)
                        .matches(body -> body.contains("href=\"/tags/" + tag(visibility) + "\"") == reads);
            }
            int publicCount = READS.get(reader).contains("private") ? 2 : 1;
            assertThat(http.get("/api/v1/tags/" + tag("public")).json().get("questionCount").asInt())
                    .as("%s counts the public tag's questions", reader).isEqualTo(publicCount);
        });
    }

    @Test
    void aTagUsedOnlyWherePeopleMayNotReadCannotBeCarriedToAPublicQuestionNorDescribed() {
        var moderator = readers.get("moderator");
        var refused = moderator.post("/api/v1/questions", Map.of("space", slugs.get("public"),
                "title", "Can I borrow the private tag " + token, "body", "Trying to put a tag from elsewhere on this question.",
                "tags", List.of(tag("public"), tag("private"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("tags");
        assertThat(moderator.patch("/api/v1/tags/" + tag("private"), Map.of("description", "Seen from outside")).status())
                .isEqualTo(404);
        assertThat(readers.get("staff").patch("/api/v1/tags/" + tag("private"), Map.of("description", "For the group")).status())
                .isEqualTo(200);
        assertThat(readers.get("visitor").get("/api/v1/tags?prefix=" + token).body()).doesNotContain("For the group");
    }

    @Test
    void leaderboardsAndProfilesCountOnlyWhatTheReaderMayRead() {
        readers.forEach((reader, http) -> {
            int points = READS.get(reader).stream().mapToInt(POINTS::get).sum();
            int answered = READS.get(reader).size();
            var profile = http.get("/api/v1/members/" + helperId + "/recognition").json();
            assertThat(profile.get("points").asInt()).as("%s sees the helper's points", reader).isEqualTo(points);
            assertThat(profile.get("answers").asInt()).as("%s counts the helper's answers", reader).isEqualTo(answered);
            assertThat(profile.get("accepted").asInt()).as("%s counts accepted answers", reader).isEqualTo(answered);
            var topTags = new ArrayList<String>();
            profile.get("topTags").propertyNames().forEach(topTags::add);
            assertThat(topTags).as("%s sees the helper's top tags", reader)
                    .containsExactlyInAnyOrderElementsOf(READS.get(reader).stream().map(this::tag).toList());
            var page = http.get("/members/" + helperId + "/recognition").body();
            for (var visibility : VISIBILITIES)
                assertThat(page.contains(tag(visibility))).as("%s's recognition page names the %s tag", reader, visibility)
                        .isEqualTo(READS.get(reader).contains(visibility));

            // This week's: imported communities of other tests fill the all-time top 50.
            var all = leader(http.get("/api/v1/leaderboards?period=week").json());
            assertThat(all).as("%s's overall leaderboard", reader).isNotNull();
            assertThat(all.get("points").asInt()).isEqualTo(points);
            for (var visibility : VISIBILITIES) {
                var board = http.get("/api/v1/leaderboards?period=all&tag=" + tag(visibility));
                assertThat(board.status()).isEqualTo(200);
                assertThat(leader(board.json())).as("%s's leaderboard of the %s tag", reader, visibility)
                        .matches(found -> (found != null) == READS.get(reader).contains(visibility));
                assertThat(http.get("/leaderboards?period=all&tag=" + tag(visibility)).body())
                        .as("%s's leaderboard page of the %s tag", reader, visibility)
                        .matches(body -> body.contains("Helper " + token) == READS.get(reader).contains(visibility));
            }
        });
    }

    @Test
    void aMemberActiveOnlyInAPrivateSpaceIsANewcomerWithoutReputationToOutsiders() {
        readers.forEach((reader, http) -> {
            boolean reads = READS.get(reader).contains("private");
            var profile = http.get("/api/v1/members/" + insiderId + "/recognition").json();
            assertThat(profile.get("rank").asString()).as("%s sees the insider's rank", reader)
                    .isEqualTo(reads ? "Contributor" : "Newcomer");
            assertThat(profile.get("points").asInt()).isEqualTo(reads ? 90 : 0);
            assertThat(profile.get("answers").asInt()).isEqualTo(reads ? 1 : 0);
            assertThat(profile.get("topTags").isEmpty()).isEqualTo(!reads);
            var board = http.get("/api/v1/leaderboards?period=week").json();
            boolean listed = false;
            for (var leader : board)
                if (leader.get("memberId").asLong() == insiderId) {
                    listed = true;
                    assertThat(leader.get("rank").asString()).isEqualTo("Contributor");
                }
            assertThat(listed).as("%s's leaderboard lists the insider", reader).isEqualTo(reads);
        });
    }

    @Test
    void theReputationBesideAnAuthorsNameCountsOnlyWhatTheReaderMayRead() {
        readers.forEach((reader, http) -> {
            int points = READS.get(reader).stream().mapToInt(POINTS::get).sum();
            var thread = http.get("/questions/" + questions.get("public")).body();
            assertThat(thread).as("%s sees the helper's label", reader).contains("· " + points);
            if (points != 240) assertThat(thread).doesNotContain("· 240");
        });
    }

    @Test
    void championsListAndReviewOnlyTagsAndItemsTheReaderMayRead() {
        var email = uniqueEmail("champion");
        long championId = verifiedMember(email, "Champion " + token);
        var champion = new Http(base()).withToken(tokenFor(email, PASSWORD));
        var staff = readers.get("staff");
        var nominated = staff.post("/api/v1/champions/nominations", Map.of("memberId", championId, "reason", "Knows routers"));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        var approved = staff.post("/api/v1/champions/terms/" + nominated.json().get("id").asLong() + "/approve",
                Map.of("months", 6, "tags", List.of(tag("public"), tag("private"))));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        readers.forEach((reader, http) -> {
            var shown = new ArrayList<String>();
            for (var term : http.get("/api/v1/champions").json())
                if (term.get("memberId").asLong() == championId) term.get("tags").forEach(t -> shown.add(t.asString()));
            var expected = READS.get(reader).contains("private") ? List.of(tag("public"), tag("private")) : List.of(tag("public"));
            assertThat(shown).as("%s sees the champion's tags", reader).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(http.get("/champions").body().contains(tag("private"))).as("%s's champions page", reader)
                    .isEqualTo(READS.get(reader).contains("private"));
            var profileTags = http.get("/api/v1/members/" + championId + "/recognition").json().get("championTags").toString();
            assertThat(profileTags.contains(tag("private"))).as("%s sees the champion's tags on the profile", reader)
                    .isEqualTo(READS.get(reader).contains("private"));
        });
        // The private question carries the public tag too; the champion may still not read it.
        var queue = champion.get("/api/v1/moderation/queue");
        assertThat(queue.status()).isEqualTo(200);
        var seen = new ArrayList<Long>();
        for (var item : queue.json()) seen.add(item.get("post").get("id").asLong());
        assertThat(seen).contains(answers.get("public")).doesNotContain(answers.get("private"));
    }

    @Test
    void onlyTheMemberSeesTheirRankChangesAndWhetherTheyHide() {
        var own = helper.get("/api/v1/members/" + helperId + "/recognition").json();
        assertThat(own.get("rankChanges").isEmpty()).isFalse();
        assertThat(own.has("hidden")).isTrue();
        readers.forEach((reader, http) -> {
            var seen = http.get("/api/v1/members/" + helperId + "/recognition").json();
            assertThat(seen.has("rankChanges")).as("%s sees rank changes", reader).isFalse();
            assertThat(seen.has("hidden")).as("%s sees whether the helper hides", reader).isFalse();
        });
    }

    @Test
    void tagBadgesComeFromPublicContentAndAreListedOnlyForTagsTheReaderMaySee() {
        var everyone = readers.get("staff").get("/api/v1/badges").body();
        assertThat(everyone).contains("tag-" + tag("public") + "-bronze").doesNotContain("tag-" + tag("private") + "-bronze");

        // A badge minted from a private tag before tag badges came only from public content.
        long badge = db.sql("""
                        insert into badges (slug, name, description, level, kind, tag)
                        values (:slug, :name, 'Earned 100 reputation.', 'bronze', 'builtin', :tag) returning id""")
                .param("slug", "tag-" + tag("private") + "-bronze").param("name", tag("private") + " (bronze)")
                .param("tag", tag("private")).query(Long.class).single();
        db.sql("insert into badge_awards (badge_id, member_id, reason, salt) values (:b, :m, 'Earned it.', 'salt')")
                .param("b", badge).param("m", helperId).update();
        readers.forEach((reader, http) -> {
            boolean reads = READS.get(reader).contains("private");
            assertThat(http.get("/api/v1/badges").body().contains(tag("private"))).as("%s lists the private tag badge", reader)
                    .isEqualTo(reads);
            assertThat(http.get("/badges").body().contains(tag("private"))).as("%s's badges page", reader).isEqualTo(reads);
            assertThat(http.get("/api/v1/members/" + helperId + "/recognition").json().get("badges").toString()
                    .contains(tag("private"))).as("%s sees the award on the profile", reader).isEqualTo(reads);
        });
        // Badge classes, achievements and images are public documents: a private tag's badge has none.
        var visitor = readers.get("visitor");
        var slug = "tag-" + tag("private") + "-bronze";
        assertThat(visitor.get("/openbadges/badges/" + slug).status()).isEqualTo(404);
        assertThat(visitor.get("/openbadges/badges/" + slug + "/image.svg").status()).isEqualTo(404);
        assertThat(visitor.get("/openbadges/v3/achievements/" + slug).status()).isEqualTo(404);
        assertThat(visitor.get("/openbadges/badges/tag-" + tag("public") + "-bronze").status()).isEqualTo(200);
        // Nor does anyone's award list name its evidence post or give the salt of its hashed recipient.
        var awards = readers.get("staff").get("/api/v1/members/" + helperId + "/recognition").json().get("badges").toString();
        assertThat(awards).contains(tag("private")).doesNotContain("\"salt\"", "evidencePost");
    }

    @Test
    void theReviewQueueShowsAndResolvesOnlyItemsOfSpacesTheReviewerMayRead() {
        var moderator = readers.get("moderator");
        var queue = moderator.get("/api/v1/moderation/queue");
        assertThat(queue.status()).isEqualTo(200);
        var seen = new ArrayList<Long>();
        for (var item : queue.json()) seen.add(item.get("post").get("id").asLong());
        assertThat(seen).contains(answers.get("public"), answers.get("members"))
                .doesNotContain(answers.get("private"), questions.get("staff"));
        assertThat(readers.get("staff").get("/api/v1/moderation/queue").body())
                .contains("flag-note-private-" + token, "flag-note-staff-" + token);
        assertThat(queue.body()).doesNotContain("flag-note-private-" + token, "flag-note-staff-" + token,
                "Question in the private space", "Question in the staff space");
        assertThat(moderator.get("/moderation/queue").body()).doesNotContain("flag-note-private-" + token);

        var staffQueue = readers.get("staff").get("/api/v1/moderation/queue").json();
        long privateReview = -1;
        for (var item : staffQueue)
            if (item.get("post").get("id").asLong() == answers.get("private")) privateReview = item.get("review").get("id").asLong();
        assertThat(privateReview).isPositive();
        assertThat(moderator.post("/api/v1/moderation/reviews/" + privateReview, Map.of("action", "approve")).status())
                .isEqualTo(404);
        assertThat(moderator.post("/api/v1/moderation/reviews/" + privateReview, Map.of("action", "hide")).status())
                .isEqualTo(404);
    }

    @Test
    void searchFacetsNameOnlyTagsAndSpacesTheReaderMayRead() {
        awaitFeed("search.index");
        readers.forEach((reader, http) -> {
            var facets = http.get("/api/v1/search?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).json().get("facets");
            for (var visibility : VISIBILITIES)
                if (!READS.get(reader).contains(visibility))
                    assertThat(facets.toString()).as("%s's facets", reader).doesNotContain(tag(visibility), slugs.get(visibility));
        });
    }

    private String tag(String visibility) {
        return visibility + "-" + token;
    }

    private JsonNode leader(JsonNode board) {
        for (var leader : board) if (leader.get("memberId").asLong() == helperId) return leader;
        return null;
    }

    private static List<String> names(JsonNode tags) {
        var names = new ArrayList<String>();
        for (var tag : tags) names.add(tag.get("name").asString());
        return names;
    }

    private void awaitPoints(long memberId, int points) {
        awaitFeed("recognition.reputation");
        assertThat(readers.get("staff").get("/api/v1/members/" + memberId + "/recognition").json().get("points").asInt())
                .as("the reputation of member " + memberId).isEqualTo(points);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
