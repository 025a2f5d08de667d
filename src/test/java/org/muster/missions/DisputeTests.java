package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Disputes about a member's own items: who may open and see them, once per item, and what accepting corrects in the ledger. */
class DisputeTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, Http http) {
    }

    @Test
    void anotherMemberCannotSeeCommentOnOrOpenADisputeAboutMyItem() {
        var staff = staff();
        var me = member("Disputing Dora");
        var other = member("Nosy Nick");
        long submission = rejectedSubmission(staff, me, 30);

        assertThat(other.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission, "reason", "Not mine at all"))
                .status()).as("someone else's item does not exist for them").isEqualTo(404);
        long dispute = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission,
                "reason", "My screenshots show it works")).json().get("id").asLong();
        assertThat(other.http().get("/api/v1/disputes/" + dispute).status()).isEqualTo(404);
        assertThat(other.http().post("/api/v1/disputes/" + dispute + "/comments", Map.of("body", "Me too")).status()).isEqualTo(404);
        assertThat(other.http().get("/api/v1/disputes").body()).doesNotContain("My screenshots show it works");
        assertThat(other.http().post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "Sure"))
                .status()).as("only staff resolve").isEqualTo(403);
        assertThat(http.get("/api/v1/disputes/" + dispute).status()).as("visitors are asked to log in").isEqualTo(401);
        assertThat(me.http().get("/api/v1/disputes/" + dispute).json().get("dispute").get("reason").asString())
                .isEqualTo("My screenshots show it works");
    }

    @Test
    void anItemIsDisputedOnceAndOnlyInAStateThatCanBeDisputed() {
        var staff = staff();
        var me = member("Twice Tina");
        long submission = rejectedSubmission(staff, me, 10);
        var first = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission, "reason", "It was complete"));
        assertThat(first.status()).isEqualTo(201);
        var second = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission, "reason", "Please look again"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("already disputed");
        assertThat(me.http().get("/api/v1/disputes").json().size()).isEqualTo(1);

        long waiting = submission(staff, me, 10);
        var early = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", waiting, "reason", "Nobody looked yet"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Only a rejected proof");
        var blank = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission, "reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");
        assertThat(me.http().post("/api/v1/disputes", Map.of("kind", "refund", "item", submission, "reason", "Give it back"))
                .status()).isEqualTo(400);
    }

    @Test
    void acceptingATaskReviewDisputePaysWhatTheTaskWouldHaveEarnedOnceWithItsHistory() {
        var staff = staff();
        var me = member("Corrected Cora");
        long submission = rejectedSubmission(staff, me, 40);
        long before = me.http().get("/api/v1/me/rewards").json().get("available").asLong();
        long dispute = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", submission,
                "reason", "The router log was attached")).json().get("id").asLong();
        assertThat(staff.post("/api/v1/disputes/" + dispute + "/comments", Map.of("body", "Found the log, checking")).status()).isEqualTo(201);
        var missing = staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("reason");

        var resolved = staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "The log proves it"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("correctionPoints").asLong()).isEqualTo(40);
        assertThat(staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "reject", "reason", "Changed my mind"))
                .status()).isEqualTo(409);
        assertThat(me.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(before + 40);
        assertThat(me.http().get("/api/v1/me/submissions").body()).contains("\"accepted\"");

        var history = me.http().get("/api/v1/disputes/" + dispute).json();
        assertThat(history.get("dispute").get("status").asString()).isEqualTo("accepted");
        assertThat(history.get("dispute").get("resolution").asString()).isEqualTo("The log proves it");
        assertThat(history.get("dispute").get("correctionKey").asString()).isEqualTo("mission:" + submission);
        assertThat(history.get("comments").get(0).get("body").asString()).isEqualTo("Found the log, checking");
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void aRewardThatDidNotArriveIsRefundedAndInsightsCountDisputesByKindAndOutcome() {
        var staff = staff();
        var admin = new Http("http://localhost:" + port).withToken(adminToken());
        var me = member("Waiting Wim");
        staff.post("/api/v1/rewards/grants", Map.of("memberId", me.id(), "points", 100, "reason", "Welcome gift", "key", "gift-" + token));
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "Mug " + token, "description", "A mug", "kind", "merchandise",
                "cost", 60)).json().get("slug").asString();
        long redemption = me.http().post("/api/v1/rewards/items/" + item + "/redemptions", Map.of("shippingAddress",
                Map.of("name", "Wim Wachter", "street", "Oudegracht 12", "postcode", "3511 AR", "city", "Utrecht", "country", "Netherlands")))
                .json().get("id").asLong();
        assertThat(me.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(40);
        var from = Instant.now().minus(1, ChronoUnit.MINUTES);

        long dispute = me.http().post("/api/v1/disputes", Map.of("kind", "reward", "item", redemption,
                "reason", "The mug never came, six weeks now")).json().get("id").asLong();
        staff.post("/api/v1/disputes/" + dispute + "/resolution", Map.of("decision", "accept", "reason", "Lost in the post, sorry"));
        assertThat(me.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(100);
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
        // Refunded, it is no longer to be sent, and the address it was to go to is gone.
        assertThat(staff.get("/api/v1/rewards/fulfilment").body()).doesNotContain("Oudegracht 12");
        assertThat(db.sql("select count(*) from shipping_addresses where redemption_id = :r").param("r", redemption)
                .query(Integer.class).single()).isZero();

        long task = rejectedSubmission(staff, me, 5);
        long rejected = me.http().post("/api/v1/disputes", Map.of("kind", "task-review", "item", task, "reason", "It was fine"))
                .json().get("id").asLong();
        staff.post("/api/v1/disputes/" + rejected + "/resolution", Map.of("decision", "reject", "reason", "The photo is of another place"));
        assertThat(me.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(100);

        var counts = staff.get("/api/v1/disputes/counts?from=" + from + "&to=" + Instant.now().plus(1, ChronoUnit.MINUTES)).body();
        assertThat(counts).contains("{\"kind\":\"reward\",\"outcome\":\"accepted\",\"disputes\":1}",
                "{\"kind\":\"task-review\",\"outcome\":\"rejected\",\"disputes\":1}");
        assertThat(me.http().get("/api/v1/disputes/counts?from=" + from + "&to=" + Instant.now()).status()).isEqualTo(403);
    }

    private Http staff() {
        return http.withToken(memberWithRole("staff", "Dispute Staff"));
    }

    private Person member(String name) {
        var email = uniqueEmail("disputes");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private long submission(Http staff, Person member, long points) {
        var name = "Disputed checks " + token + " " + UUID.randomUUID().toString().substring(0, 6);
        var program = staff.post("/api/v1/programs", Map.of("name", name, "budget", 1000)).json().get("slug").asString();
        var mission = staff.post("/api/v1/missions", Map.of("program", program, "title", "Check the timetable " + name,
                "description", "Compare the posters with the app", "kind", "task", "rewardPoints", points, "approval", "staff",
                "skills", List.of())).json().get("slug").asString();
        return member.http().post("/api/v1/missions/" + mission + "/submissions",
                Map.of("body", "All posters match the app except platform 4.")).json().get("id").asLong();
    }

    private long rejectedSubmission(Http staff, Person member, long points) {
        long submission = submission(staff, member, points);
        assertThat(staff.post("/api/v1/submissions/" + submission + "/review", Map.of("decision", "reject", "note", "No photo"))
                .status()).isEqualTo(200);
        return submission;
    }
}
