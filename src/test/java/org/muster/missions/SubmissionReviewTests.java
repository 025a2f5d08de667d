package org.muster.missions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff review many submissions at once, all or nothing; members see neither the review page nor others' photos. */
class SubmissionReviewTests extends IntegrationTest {

    /** The smallest valid PNG: one transparent pixel. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private Http staff;
    private String slug;

    @BeforeEach
    void taskMission() {
        staff = http.withToken(memberWithRole("staff", "Review Staff"));
        var program = staff.post("/api/v1/programs", Map.of("name", "Reviewers " + token, "description", "Proof", "budget", 500))
                .json().get("slug").asString();
        slug = staff.post("/api/v1/missions", Map.of("program", program, "title", "Hang the poster " + token,
                "description", "Hang it and send a photo", "kind", "task", "rewardPoints", 10, "approval", "staff")).json()
                .get("slug").asString();
    }

    @Test
    void aMemberCannotOpenTheReviewPageNorAnotherMembersPhoto() {
        long photo = submit(member("Pia Photo"), "The poster hangs in the hall", PNG);
        var other = member("Olaf Other");
        assertThat(other.get("/missions/review").status()).isEqualTo(403);
        assertThat(other.get("/submissions/" + photo + "/image").status()).isEqualTo(404);
        assertThat(other.post("/api/v1/submissions/review", Map.of("ids", List.of(photo), "decision", "accept")).status())
                .isEqualTo(403);
        var page = staff.get("/missions/review");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Pia Photo", "Hang the poster " + token, "The poster hangs in the hall",
                "/submissions/" + photo + "/image", "/missions/" + slug);
        assertThat(staff.get("/submissions/" + photo + "/image").header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void theBulkReviewRefusesSubmissionsThatAreNoLongerPendingAndChangesNothing() {
        long first = submit(member("Fay First"), "Poster at the library", null);
        long second = submit(member("Sid Second"), "Poster at the station", null);
        assertThat(staff.post("/api/v1/submissions/" + first + "/review", Map.of("decision", "accept")).status()).isEqualTo(200);

        var refused = staff.post("/api/v1/submissions/review", Map.of("ids", List.of(first, second), "decision", "accept"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("ids", "reviewed by someone else meanwhile");
        assertThat(status(second)).isEqualTo("submitted");
        assertThat(staff.post("/api/v1/submissions/review", Map.of("ids", List.of(999_999_999L), "decision", "accept")).status())
                .isEqualTo(409);
    }

    @Test
    void rejectingSeveralNeedsAReasonAndThenRejectsThemAll() {
        long first = submit(member("Rob Reject"), "A blurry poster", null);
        long second = submit(member("Ria Reject"), "Another blurry poster", null);
        var noReason = staff.post("/api/v1/submissions/review", Map.of("ids", List.of(first, second), "decision", "reject"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("note");
        assertThat(status(first)).isEqualTo("submitted");

        var done = staff.post("/api/v1/submissions/review", Map.of("ids", List.of(first, second), "decision", "reject",
                "note", "We cannot see the poster"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("reviewed").asInt()).isEqualTo(2);
        assertThat(List.of(status(first), status(second))).containsOnly("rejected");
    }

    @Test
    void theReviewPageSaysWhatWasDone() {
        long one = submit(member("Page Poster"), "Poster at the town hall", null);
        var page = new Http("http://localhost:" + port);
        var email = uniqueEmail("reviewpage");
        long staffId = verifiedMember(email, "Page Reviewer");
        db.sql("update members set role = 'staff' where id = :id").param("id", staffId).update();
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));

        var noReason = page.submit("/missions/review", "/missions/review", Map.of("ids", String.valueOf(one), "decision", "reject"));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Say why the submission is rejected.");
        var accepted = page.submit("/missions/review", "/missions/review", Map.of("ids", String.valueOf(one), "decision", "accept"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(page.get("/missions/review").body()).contains("1 submission accepted.");
        assertThat(status(one)).isEqualTo("accepted");
    }

    private String status(long submission) {
        return db.sql("select status from mission_submissions where id = :id").param("id", submission).query(String.class).single();
    }

    private Http member(String name) {
        var email = uniqueEmail("rev");
        verifiedMember(email, name);
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    private long submit(Http member, String body, String imageBase64) {
        var proof = imageBase64 == null ? Map.of("body", body) : Map.of("body", body, "imageBase64", imageBase64);
        var submitted = member.post("/api/v1/missions/" + slug + "/submissions", proof);
        assertThat(submitted.status()).isEqualTo(201);
        return submitted.json().get("id").asLong();
    }
}
