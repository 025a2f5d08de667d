package org.muster.recognition;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reputation from votes, acceptances and imports; ranks; badges and their Open Badges export; leaderboards. */
class RecognitionTests extends IntegrationTest {

    private Http admin;
    private String space;
    private final String token = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @BeforeEach
    void space() {
        admin = http.withToken(adminToken());
        space = "rec-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Recognition " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "billing"))))).status()).isEqualTo(201);
    }

    @Test
    void reputationGrowsAsOthersVoteAndAcceptAndShrinksWhenThatIsUndone() {
        var asker = person("Asker");
        var helper = person("Helper");
        var voter = person("Voter");
        long question = ask(asker, "Router reboots every night at three " + token);
        long answer = answer(helper, question, "Turn off the scheduled firmware check in the admin settings.");
        voter.http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        awaitPoints(helper, p -> p == 10);
        asker.http().post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        awaitPoints(helper, p -> p == 25);
        voter.http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 0));
        awaitPoints(helper, p -> p == 15);
        asker.http().delete("/api/v1/questions/" + question + "/accept");
        awaitPoints(helper, p -> p == 0);
        assertThat(profile(helper).get("badges").toString()).contains("first-answer", "first-accepted");
        assertThat(profile(asker).get("points").asInt()).isZero();
        var thread = new Http("http://localhost:" + port).get("/questions/" + question).body();
        assertThat(thread).contains("class=\"rank\"");
    }

    @Test
    void upvotePointsStopAtTheDailyCapAndRanksChangeWithANotice() {
        var helper = person("Capped helper");
        var asker = person("Cap asker");
        long question = ask(asker, "Which mesh satellite placement works best " + token);
        var answers = new java.util.ArrayList<Long>();
        for (int i = 0; i < 3; i++)
            answers.add(answer(helper, question, "Placement idea number " + i + ": keep the satellites in line of sight."));
        for (int v = 0; v < 7; v++) {
            var voter = person("Voter " + v);
            for (var answer : answers) voter.http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        }
        awaitPoints(helper, p -> p == 200);
        var changes = helper.http().get("/api/v1/members/" + helper.id() + "/recognition").json().get("rankChanges");
        assertThat(changes.toString()).contains("Contributor");
        // Stored as a message key with the points, told in the reader's language when read.
        assertThat(changes.get(0).get("reason").asString()).matches("Your reputation reached [0-9,]+\\.");
        assertThat(db.sql("select reason_key from rank_changes where member_id = :m").param("m", helper.id())
                .query(String.class).list()).containsOnly("recognition.rank.reached");
        assertThat(profile(helper).get("rank").asString()).isEqualTo("Contributor");
    }

    @Test
    void membersUpvotingEachOtherFarAboveNormalStopEarningAndModeratorsAreTold() {
        var anna = person("Ring Anna");
        var bert = person("Ring Bert");
        var asker = person("Ring asker");
        long question = ask(asker, "Which power adapter fits the old hub " + token);
        var annas = new java.util.ArrayList<Long>();
        var berts = new java.util.ArrayList<Long>();
        for (int i = 0; i < ReputationLedger.RING_VOTES; i++) {
            annas.add(answer(anna, question, "Anna's adapter idea number " + i + ": twelve volts, one amp."));
            berts.add(answer(bert, question, "Bert's adapter idea number " + i + ": the one from the new hub."));
        }
        for (var answer : berts) anna.http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        awaitPoints(bert, p -> p == 10 * ReputationLedger.RING_VOTES);
        for (var answer : annas) bert.http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        awaitPoints(anna, p -> p == 10 * (ReputationLedger.RING_VOTES - 1));
        // The ledger reports the ring in the batch that applies the fifth mutual vote, which awaitPoints has waited for.
        var queue = http.withToken(memberWithRole("moderator")).get("/api/v1/moderation/queue").body();
        assertThat(queue).contains("voting ring: members " + anna.id() + " and " + bert.id());
    }

    @Test
    void recomputingFromTheFeedGivesTheSameTotalsTwice() {
        var helper = person("Recomputed");
        var asker = person("Recompute asker");
        long question = ask(asker, "Does the billing page show VAT " + token);
        long answer = answer(helper, question, "Yes, the invoice lists VAT per line since the last update.");
        person("Recompute voter").http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        awaitPoints(helper, p -> p == 10);
        var before = admin.get("/api/v1/recognition/totals").json();
        assertThat(admin.post("/api/v1/recognition/recompute", Map.of()).status()).isEqualTo(200);
        var once = admin.get("/api/v1/recognition/totals").json();
        admin.post("/api/v1/recognition/recompute", Map.of());
        var twice = admin.get("/api/v1/recognition/totals").json();
        assertThat(once).isEqualTo(twice);
        assertThat(once.get(String.valueOf(helper.id())).asInt()).isEqualTo(before.get(String.valueOf(helper.id())).asInt());
        assertThat(spaceTotalsThatDisagreeWithTheirSources()).isZero();
    }

    @Test
    void perSpaceTotalsFollowEveryVoteAndItsReversal() {
        var helper = person("Space totals");
        long question = ask(person("Space totals asker"), "Does the router keep its settings after a reset " + token);
        long answer = answer(helper, question, "It keeps them when you use the soft reset from the app.");
        var voter = person("Space totals voter").http();
        voter.post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
        awaitPoints(helper, p -> p == 10);
        assertThat(spaceTotalsThatDisagreeWithTheirSources()).isZero();
        assertThat(admin.get("/api/v1/leaderboards?space=" + space).body()).contains("\"memberId\":" + helper.id() + ",");
        voter.post("/api/v1/posts/" + answer + "/votes", Map.of("value", 0));
        awaitPoints(helper, p -> p == 0);
        assertThat(spaceTotalsThatDisagreeWithTheirSources()).isZero();
        assertThat(admin.get("/api/v1/leaderboards?space=" + space).body()).doesNotContain("\"memberId\":" + helper.id() + ",");
    }

    /** Members and spaces whose kept total is not the sum of their reputation sources. */
    private long spaceTotalsThatDisagreeWithTheirSources() {
        return db.sql("""
                        select count(*) from (select member_id, space_id, sum(points) as points from reputation_sources
                                              where space_id is not null group by member_id, space_id) s
                        full join reputation_space_totals t using (member_id, space_id)
                        where coalesce(s.points, 0) <> coalesce(t.points, 0)""")
                .query(Long.class).single();
    }

    @Test
    void theBeerImportEarnsReputationAndTwoRecomputesAgreeMemberByMember() {
        beerImport();
        admin.post("/api/v1/recognition/recompute", Map.of());
        var first = admin.get("/api/v1/recognition/totals").json();
        admin.post("/api/v1/recognition/recompute", Map.of());
        var second = admin.get("/api/v1/recognition/totals").json();
        assertThat(second).isEqualTo(first);
        long importedWithPoints = db.sql("""
                        select count(distinct s.member_id) from reputation_sources s where s.reason = 'imported'""")
                .query(Long.class).single();
        long points = db.sql("select coalesce(sum(points), 0) from reputation_sources where reason = 'imported'")
                .query(Long.class).single();
        System.out.printf("Beer recompute: %d members with imported reputation, %,d points, %d members in totals, equal across two recomputes%n",
                importedWithPoints, points, first.size());
        assertThat(importedWithPoints).isGreaterThan(100);
    }

    @Test
    void leaderboardsRankByPeriodAndTagAndLeaveOutWhoeverHides() {
        var shown = person("Shown leader");
        var hidden = person("Hidden leader");
        var asker = person("Board asker");
        long question = ask(asker, "How do I read my billing history " + token, "billing");
        for (var who : List.of(shown, hidden)) {
            long answer = answer(who, question, "Open Settings, then Billing, then History; it lists every invoice.");
            person("Board voter").http().post("/api/v1/posts/" + answer + "/votes", Map.of("value", 1));
            awaitPoints(who, p -> p == 10);
        }
        hidden.http().put("/api/v1/me/leaderboards", Map.of("hidden", true));
        var week = new Http("http://localhost:" + port).get("/api/v1/leaderboards?period=week&space=" + space).body();
        assertThat(week).contains("Shown leader").doesNotContain("Hidden leader");
        assertThat(new Http("http://localhost:" + port).get("/api/v1/leaderboards?period=month&tag=billing").body()).contains("Shown leader");
        assertThat(new Http("http://localhost:" + port).get("/api/v1/leaderboards?period=decade").status()).isEqualTo(400);
        assertThat(new Http("http://localhost:" + port).get("/leaderboards?period=week").status()).isEqualTo(200);
    }

    @Test
    void staffAwardAndRevokeBadgesAndMembersExportTheirOwnAsOpenBadges() throws Exception {
        var member = person("Badge holder");
        var staff = http.withToken(memberWithRole("staff"));
        var badge = admin.post("/api/v1/badges", Map.of("name", "Beta hero " + token, "description", "Tested the beta firmware.", "level", "silver"));
        assertThat(badge.status()).isEqualTo(201);
        var slug = badge.json().get("slug").asString();
        assertThat(staff.post("/api/v1/badges", Map.of("name", "Nope", "description", "x", "level", "gold")).status()).isEqualTo(403);
        var award = staff.post("/api/v1/badges/" + slug + "/awards", Map.of("memberId", member.id(), "reason", "Found three bugs"));
        assertThat(award.status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/badges/" + slug + "/awards", Map.of("memberId", member.id(), "reason", "Again")).status()).isEqualTo(409);
        long awardId = award.json().get("id").asLong();

        var assertion = member.http().get("/api/v1/me/awards/" + awardId + "/openbadges").json();
        assertThat(assertion.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("verification").get("type").asString()).isEqualTo("hosted");
        var salt = assertion.get("recipient").get("salt").asString();
        var expected = "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((member.email() + salt).getBytes(StandardCharsets.UTF_8)));
        assertThat(assertion.get("recipient").get("identity").asString()).isEqualTo(expected);
        assertThat(assertion.get("recipient").get("hashed").asBoolean()).isTrue();
        var hosted = new Http("http://localhost:" + port).get(path(assertion.get("id").asString()));
        assertThat(hosted.header("Content-Type")).startsWith("application/ld+json");
        var badgeClass = new Http("http://localhost:" + port).get(path(assertion.get("badge").asString())).json();
        assertThat(badgeClass.get("type").asString()).isEqualTo("BadgeClass");
        var issuer = new Http("http://localhost:" + port).get(path(badgeClass.get("issuer").asString())).json();
        assertThat(issuer.get("type").asString()).isEqualTo("Issuer");
        assertThat(new Http("http://localhost:" + port).get(path(badgeClass.get("image").asString())).body()).startsWith("<svg");

        assertThat(person("Someone else").http().get("/api/v1/me/awards/" + awardId + "/openbadges").status()).isEqualTo(404);

        var v3 = member.http().get("/api/v1/me/awards/" + awardId + "/openbadges3").json();
        var credential = v3.get("credential");
        assertThat(credential.get("@context").toString()).contains("https://www.w3.org/ns/credentials/v2", "ob/v3p0");
        assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.get("credentialSubject").get("achievement").get("type").toString()).contains("Achievement");
        var jwt = v3.get("jwt").asString().split("\\.");
        var header = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt[0]));
        var payload = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(payload.get("jti").asString()).isEqualTo(credential.get("id").asString());
        assertThat(payload.get("iss").asString()).isEqualTo(credential.get("issuer").get("id").asString());
        assertThat(payload.get("nbf").asLong()).isPositive();
        assertThat(payload.get("credentialSubject").get("identifier").get(0).get("identityHash").asString()).isEqualTo(expected);
        var jwk = new Http("http://localhost:" + port).get(path(header.get("kid").asString())).json();
        assertThat(verifies(jwk, jwt[0] + "." + jwt[1], jwt[2])).as("signature checks with the published key").isTrue();
        assertThat(verifies(jwk, jwt[0] + "." + jwt[1] + "x", jwt[2])).isFalse();
        assertThat(person("Other exporter").http().get("/api/v1/me/awards/" + awardId + "/openbadges3").status()).isEqualTo(404);
        staff.post("/api/v1/awards/" + awardId + "/revoke", Map.of("reason", "Given by mistake"));
        var revoked = new Http("http://localhost:" + port).get(path(assertion.get("id").asString())).json();
        assertThat(revoked.get("revoked").asBoolean()).isTrue();
        assertThat(member.http().get("/api/v1/me/awards/" + awardId + "/openbadges3").status()).isEqualTo(409);
        assertThat(profile(member).get("badges").toString()).contains("Given by mistake", "revokedAt");
    }

    @Test
    void builtInBadgesAreToldFromTheMessagesWhileTheirOpenBadgesKeepTheStoredText() {
        var holder = person("Tag expert");
        var tag = token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", "words-" + token, "name", "Words " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of(tag))))).status()).isEqualTo(201);
        var asked = holder.http().post("/api/v1/questions", Map.of("space", "words-" + token, "title", "Which firmware fixes the router " + token,
                "tags", List.of(tag), "body", "It started after the last update and I have tried restarting. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        // As Muster once wrote a tag badge into the table, in words the messages no longer use.
        var slug = "tag-" + tag + "-silver";
        long badge = db.sql("""
                        insert into badges (slug, name, description, level, kind, tag)
                        values (:slug, 'Stored tag name', 'Stored tag words.', 'silver', 'builtin', :tag) returning id""")
                .param("slug", slug).param("tag", tag).query(Long.class).single();
        db.sql("insert into badge_awards (badge_id, member_id, reason, salt) values (:b, :m, 'Stored tag words.', 'salt')")
                .param("b", badge).param("m", holder.id()).update();

        var listed = admin.get("/api/v1/badges").json();
        var shown = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(b -> b.get("slug").asString().equals(slug)).findFirst().orElseThrow();
        assertThat(shown.get("name").asString()).isEqualTo(tag + " (silver)");
        assertThat(shown.get("description").asString()).isEqualTo("Earned 400 reputation in " + tag + ".");
        assertThat(admin.get("/badges").body()).contains(tag + " (silver)", "Earned 400 reputation in " + tag + ".")
                .doesNotContain("Stored tag");
        var awards = profile(holder).get("badges").toString();
        assertThat(awards).contains(tag + " (silver)", "Earned 400 reputation in " + tag + ".").doesNotContain("Stored tag");
        assertThat(new Http("http://localhost:" + port).get("/members/" + holder.id() + "/recognition").body()).contains(tag + " (silver)")
                .doesNotContain("Stored tag");

        // The badge class is what credentials name: it keeps the text as stored.
        var badgeClass = new Http("http://localhost:" + port).get("/openbadges/badges/" + slug).json();
        assertThat(badgeClass.get("name").asString()).isEqualTo("Stored tag name");
        // A built-in badge's slug names it alone: admins cannot make a badge that would take one.
        assertThat(admin.post("/api/v1/badges", Map.of("name", "Tag " + tag + " gold", "description", "Mine.", "level", "gold"))
                .status()).isEqualTo(409);
    }

    private Person person(String name) {
        var email = uniqueEmail("rec");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private long ask(Person who, String title) {
        return ask(who, title, "router");
    }

    private long ask(Person who, String title, String tag) {
        var asked = who.http().post("/api/v1/questions", Map.of("space", space, "title", title, "tags", List.of(tag),
                "body", "It started after the last update and I have tried restarting. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private long answer(Person who, long question, String body) {
        var answered = who.http().post("/api/v1/questions/" + question + "/answers", Map.of("body", body));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }

    private JsonNode profile(Person who) {
        return new Http("http://localhost:" + port).get("/api/v1/members/" + who.id() + "/recognition").json();
    }

    private void awaitPoints(Person who, Predicate<Integer> wanted) {
        awaitFeed("recognition.reputation");
        int points = profile(who).get("points").asInt();
        if (!wanted.test(points)) throw new AssertionError("Reputation of " + who.email() + " is " + points);
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** Checks an RS256 signature with an RSA JWK, as a verifier would. */
    private static boolean verifies(JsonNode jwk, String signed, String signature) throws Exception {
        var key = java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.RSAPublicKeySpec(
                new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(jwk.get("n").asString())),
                new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(jwk.get("e").asString()))));
        var verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(java.util.Base64.getUrlDecoder().decode(signature));
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
