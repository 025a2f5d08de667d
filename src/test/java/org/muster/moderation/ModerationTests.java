package org.muster.moderation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Flags, the review queue, held spam, sanctions, trust levels and the audit log, over HTTP. */
class ModerationTests extends IntegrationTest {

    @Autowired
    TrustLevels trustLevels;

    @Autowired
    SpamClassifier classifier;

    private Http admin;
    private Http moderator;
    private String space;
    private final String token = "zm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void space() {
        admin = http.withToken(adminToken());
        moderator = http.withToken(memberWithRole("moderator", "Mo Derator"));
        space = "mod-" + token;
        var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Moderation " + token, "visibility", "public",
                "tagGroups", java.util.List.of(Map.of("name", "topic", "tags", java.util.List.of("router")))));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void spamFromANewMemberIsHeldTheAuthorIsToldAndAnApprovalPublishesIt() {
        admin.post("/api/v1/moderation/spam-phrases", Map.of("text", "cheap followers " + token));
        var newcomer = newMember("Newcomer");
        var asked = newcomer.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"),
                "title", "Where to get cheap followers " + token, "body", "Buy cheap followers " + token + " today, best deal in town."));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().get("hold").asString()).isEqualTo("review");
        long id = asked.json().get("id").asLong();

        assertThat(new Http("http://localhost:" + port).get("/api/v1/questions/" + id).status()).isEqualTo(404);
        assertThat(newcomer.http().get("/questions/" + id).body()).contains("awaits review by a moderator");

        var queue = moderator.get("/api/v1/moderation/queue").json();
        var item = find(queue, id);
        assertThat(item.get("review").get("cause").asString()).isEqualTo("spam");
        assertThat(item.get("review").get("signals").toString()).contains("phrase:cheap followers " + token);
        assertThat(item.get("record").get("questions").asInt()).isZero();

        var resolved = moderator.post("/api/v1/moderation/reviews/" + item.get("review").get("id").asLong(),
                Map.of("action", "approve", "reason", "not spam after all"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/questions/" + id).status()).isEqualTo(200);
        var audit = admin.get("/api/v1/moderation/audit?target=" + id).json();
        assertThat(audit.toString()).contains("\"action\":\"approve\"", "not spam after all", "\"action\":\"hold\"");
        assertThat(db.sql("select type from domain_events where payload->>'questionId' = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsSubsequence("QuestionAsked", "PostHeld", "PostReleased", "ReviewResolved")
                .doesNotContain("PostDeleted");
    }

    @Test
    void flagsOnOnesOwnPostOrTwiceAreConflictsAndTrustedFlagsHideUntilReviewed() {
        var author = established("Author");
        long question = ask(author, "Router keeps rebooting at night " + token);
        assertThat(author.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "spam")).status()).isEqualTo(409);

        var first = established("Flagger one");
        assertThat(first.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "spam", "note", "ads")).status()).isEqualTo(201);
        assertThat(first.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "spam")).status()).isEqualTo(409);
        assertThat(first.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "bogus")).json()
                .get("errors").toString()).contains("reason");
        var newcomer = newMember("Fresh flagger");
        assertThat(newcomer.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "offensive")).status()).isEqualTo(201);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/questions/" + question).status())
                .as("two weights from a regular, none from a newcomer: still up").isEqualTo(200);

        var second = established("Flagger two");
        assertThat(second.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "spam")).status()).isEqualTo(201);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/questions/" + question).status()).isEqualTo(404);
        assertThat(author.http().get("/api/v1/questions/" + question).json().get("hold").asString()).isEqualTo("flags");
        assertThat(db.sql("select payload->>'reason' from domain_events where type = 'PostHeld' and payload->>'postId' = :id")
                .param("id", Long.toString(question)).query(String.class).list()).containsExactly("flags");

        var item = find(moderator.get("/api/v1/moderation/queue").json(), question);
        assertThat(item.get("flags")).hasSize(3);
        var resolved = moderator.post("/api/v1/moderation/reviews/" + item.get("review").get("id").asLong(),
                Map.of("action", "delete", "sanction", "silence", "days", 3, "reason", "advertising"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(db.sql("select type from domain_events where type in ('ReviewResolved', 'PostDeleted') and payload->>'postId' = :id order by id")
                .param("id", Long.toString(question)).query(String.class).list()).containsExactly("PostDeleted", "ReviewResolved");
        assertThat(db.sql("select payload->>'kind' from domain_events where type = 'SanctionImposed' and payload->>'memberId' = :id")
                .param("id", Long.toString(author.id())).query(String.class).list()).containsExactly("silence");

        var refused = author.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", "Can I post again please " + token,
                "body", "Just checking whether I can still post here."));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("silenced", "until");
        assertThat(awaitMail(author.email(), "You cannot post until")).contains("advertising");
    }

    @Test
    void secretsAreMaskedBeforeStorageInEveryRevisionAndModeratorsRedactHistory() {
        var author = established("Leaky");
        var check = author.http().post("/api/v1/redaction/check", Map.of("text", "key AKIAZ7QW3RTY6UIO2PLK and mail jane@gmail.com"));
        assertThat(check.json().get("findings")).hasSize(2);
        assertThat(check.json().get("masked").asString()).isEqualTo("key [redacted API key] and mail [redacted e-mail address]");

        long question = ask(author, "S3 upload fails with access denied " + token);
        var answer = author.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Here is my config: aws_access_key_id = AKIAZ7QW3RTY6UIO2PLK, region eu-west-1."));
        assertThat(answer.json().get("body").asString()).contains("[redacted API key]").doesNotContain("AKIAZ7QW3RTY6UIO2PLK");
        long answerId = answer.json().get("id").asLong();
        assertThat(author.http().get("/api/v1/posts/" + answerId + "/revisions").body()).doesNotContain("AKIAZ7QW3RTY6UIO2PLK");

        author.http().patch("/api/v1/questions/" + question, Map.of("body", "My bucket is acme-private-archive and uploads fail since Monday."));
        author.http().patch("/api/v1/questions/" + question, Map.of("body", "Uploads fail since Monday, whatever the bucket."));
        assertThat(author.http().get("/api/v1/posts/" + question + "/revisions").body()).contains("acme-private-archive");
        assertThat(author.http().post("/api/v1/moderation/posts/" + question + "/redact", Map.of("text", "acme-private-archive")).status())
                .isEqualTo(403);
        var redacted = moderator.post("/api/v1/moderation/posts/" + question + "/redact",
                Map.of("text", "acme-private-archive", "reason", "customer asked"));
        assertThat(redacted.json().get("versions").asInt()).isEqualTo(1);
        assertThat(db.sql("select payload->>'versions' from domain_events where type = 'PostRedacted' and payload->>'postId' = :id")
                .param("id", Long.toString(question)).query(String.class).list()).containsExactly("1");
        assertThat(author.http().get("/api/v1/posts/" + question + "/revisions").body()).doesNotContain("acme-private-archive");
        assertThat(moderator.post("/api/v1/moderation/posts/" + question + "/redact", Map.of("text", "acme-private-archive"))
                .json().get("errors").toString()).contains("text");
        assertThat(admin.get("/api/v1/moderation/audit?action=redact&target=" + question).body())
                .contains("customer asked").doesNotContain("acme-private-archive");
        assertThat(moderator.get("/api/v1/moderation/redactions").json().get("api-key").asInt()).isPositive();
    }

    @Test
    void newMembersMayNotLinkInTheirFirstPostsAndHaveADailyLimit() {
        var newcomer = newMember("Linker");
        var linked = newcomer.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", "Is this firmware page right " + token,
                "body", "I followed https://example.com/firmware and the router still shows the old version."));
        assertThat(linked.status()).isEqualTo(400);
        assertThat(linked.json().get("errors").toString()).contains("body");

        admin.put("/api/v1/moderation/settings", Map.of("level0PostsPerDay", 2));
        try {
            for (int i = 0; i < 2; i++)
                assertThat(newcomer.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"),
                        "title", "Question number " + i + " about my router " + token,
                        "body", "Plain words number " + i + " about the router " + token + " that keeps dropping.")).status()).isEqualTo(201);
            assertThat(newcomer.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", "One question too many " + token,
                    "body", "This one goes over the daily limit of a new member.")).status()).isEqualTo(429);
        } finally {
            admin.put("/api/v1/moderation/settings", Map.of("level0PostsPerDay", ModerationSettings.DEFAULTS.get("level0PostsPerDay")));
        }
    }

    @Test
    void suspendedMembersCannotSignInAndTheirTokensStopWorking() {
        var member = newMember("Troll");
        var suspended = moderator.post("/api/v1/moderation/members/" + member.id() + "/sanctions",
                Map.of("kind", "suspend", "days", 7, "reason", "abuse in comments"));
        assertThat(suspended.status()).isEqualTo(201);
        assertThat(member.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", "Still here and posting " + token,
                "body", "Trying to post while suspended from the community.")).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", member.email(), "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(moderator.post("/api/v1/moderation/members/1/sanctions", Map.of("kind", "warn", "reason", "admins are not sanctioned"))
                .status()).isEqualTo(403);
        moderator.delete("/api/v1/moderation/members/" + member.id() + "/sanctions");
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", member.email(), "password", PASSWORD)).status()).isEqualTo(201);
        assertThat(memberEvents(member.id())).containsExactly("SanctionImposed", "SanctionsLifted");
    }

    private List<String> memberEvents(long memberId) {
        return db.sql("""
                        select type from domain_events where payload->>'memberId' = :id
                        and type in ('SanctionImposed', 'SanctionsLifted', 'TrustLevelSet', 'TrustLevelEarned') order by id""")
                .param("id", Long.toString(memberId)).query(String.class).list();
    }

    @Test
    void trustRisesWithDaysVisitedAndQuestionsReadAndStaysWhenLocked() {
        var reader = newMember("Reader");
        var locked = newMember("Locked reader");
        for (var who : List.of(reader, locked))
            db.sql("""
                            insert into member_visits (member_id, day, reads)
                            values (:m, current_date - 1, 6), (:m, current_date, 6)""")
                    .param("m", who.id()).update();
        moderator.put("/api/v1/moderation/members/" + locked.id() + "/trust", Map.of("level", 0, "locked", true));
        trustLevels.promote();
        assertThat(moderator.get("/api/v1/moderation/members/" + reader.id()).json().get("standing").get("trustLevel").asInt())
                .isEqualTo(1);
        assertThat(moderator.get("/api/v1/moderation/members/" + locked.id()).json().get("standing").get("trustLevel").asInt())
                .isZero();
        assertThat(admin.get("/api/v1/moderation/audit?action=trust&target=" + reader.id()).body()).contains("earned by activity");
        assertThat(memberEvents(reader.id())).containsExactly("TrustLevelEarned");
        assertThat(memberEvents(locked.id())).containsExactly("TrustLevelSet");
    }

    @Test
    void theClassifierLearnsFromModeratorsDecisionsAndThenHoldsLookAlikeSpam() {
        var author = established("Classified");
        long question = ask(author, "Training ground for the classifier " + token);
        var spam = List.of("casino bonus jackpot winner claim prize", "free casino spins bonus claim now",
                "jackpot casino prize bonus winner", "claim your casino jackpot bonus", "winner casino bonus free prize claim",
                "casino prize claim jackpot spins");
        var ham = List.of("router firmware update drops wifi connection", "mesh satellite loses connection after update",
                "wifi channel width on the router settings", "firmware rollback on the mesh router",
                "connection drops when the router updates firmware", "router settings page after the update");
        for (int i = 0; i < SpamClassifier.MIN_DECISIONS; i++) {
            classifier.learn(decidedReview(question), spam.get(i % spam.size()) + " offer" + i + " " + token, true);
            classifier.learn(decidedReview(question), ham.get(i % ham.size()) + " device" + i + " " + token, false);
        }
        assertThat(classifier.probability("claim the casino jackpot bonus prize").orElseThrow()).isGreaterThan(0.9);
        assertThat(classifier.probability("the router drops wifi after the firmware update").orElseThrow()).isLessThan(0.1);

        var newcomer = newMember("Gambler");
        var held = newcomer.http().post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"),
                "title", "Claim your casino jackpot bonus " + token, "body", "Free casino spins, bonus prize for every winner, claim now."));
        assertThat(held.json().get("hold").asString()).isEqualTo("review");
        var item = find(moderator.get("/api/v1/moderation/queue").json(), held.json().get("id").asLong());
        assertThat(item.get("review").get("signals").toString()).contains("classifier:");
    }

    @Test
    void championsReviewFlagsOnTheirTagsAndMayOnlyApproveOrHide() {
        var champion = http.withToken(memberWithRole("champion", "Cam Champion"));
        long championId = champion.get("/api/v1/me").json().get("id").asLong();
        long question = ask(established("Tagged"), "Router fan is loud at night " + token);
        established("Flagger").http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "off-topic"));
        assertThat(champion.get("/api/v1/moderation/queue").body()).doesNotContain("\"id\":" + question + ",");
        admin.put("/api/v1/moderation/champions/" + championId + "/tags", List.of("router"));
        var item = find(champion.get("/api/v1/moderation/queue").json(), question);
        long reviewId = item.get("review").get("id").asLong();
        assertThat(champion.post("/api/v1/moderation/reviews/" + reviewId, Map.of("action", "delete")).status()).isEqualTo(403);
        assertThat(champion.post("/api/v1/moderation/reviews/" + reviewId, Map.of("action", "approve")).status()).isEqualTo(200);
        assertThat(champion.post("/api/v1/moderation/reviews/" + reviewId, Map.of("action", "approve")).status()).isEqualTo(409);
    }

    @Test
    void readingAQuestionCountsAVisitForTrust() {
        var reader = newMember("Curious");
        long question = ask(established("Asker"), "Why does the LED blink orange " + token);
        reader.http().withHeaders(Map.of("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")).get("/questions/" + question);
        assertThat(db.sql("select coalesce(sum(reads), 0) from member_visits where member_id = :m").param("m", reader.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAdminsReadAndExportTheAuditLog() {
        assertThat(moderator.get("/api/v1/moderation/audit").status()).isEqualTo(403);
        admin.post("/api/v1/moderation/spam-phrases", Map.of("text", "=cmd|' /c calc'!a0 " + token));
        var csv = admin.get("/admin/audit.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,created_at,actor_id,actor,action").contains("spam-phrase-add")
                .contains("'=cmd|");
    }

    @Test
    void theGuidelinesAreEditedByAdminsAndReadByEveryone() {
        assertThat(moderator.submit("/admin/guidelines", "/admin/guidelines", Map.of("text", "x")).status()).isEqualTo(403);
        admin.submit("/admin/guidelines", "/admin/guidelines", Map.of("text", "## Be kind\nNo spam, ever. " + token));
        var page = new Http("http://localhost:" + port).get("/guidelines");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h2>Be kind</h2>", token);
    }

    private record Person(long id, String email, Http http) {
    }

    /** A resolved review to hang a decision on, as the queue leaves behind. */
    private long decidedReview(long postId) {
        return db.sql("""
                        insert into reviews (post_id, space_id, cause, resolved_at, resolution)
                        select id, space_id, 'spam', now(), 'delete' from posts where id = :p
                        returning id""").param("p", postId).query(Long.class).single();
    }

    private Person newMember(String name) {
        var email = uniqueEmail("new");
        long id = verifiedMember(email, name);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Person established(String name) {
        var email = uniqueEmail("regular");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private long ask(Http who, String title) {
        var asked = who.post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", title,
                "body", "It started last week after the automatic update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private long ask(Person who, String title) {
        return ask(who.http(), title);
    }

    private static tools.jackson.databind.JsonNode find(tools.jackson.databind.JsonNode queue, long postId) {
        for (var item : queue) if (item.get("post").get("id").asLong() == postId) return item;
        throw new AssertionError("Not in the queue: " + postId + " in " + queue);
    }
}
