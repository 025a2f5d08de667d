package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins' member list: last seen noted cheaply on signed-in requests, filters that refuse what is not one. */
class MemberListTests extends IntegrationTest {

    private final String token = "ml" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void lastSeenIsNotedOnASignedInRequestButNotWrittenOnEveryOne() {
        var email = uniqueEmail("seen");
        long id = verifiedMember(email, "Sven Seen " + token);
        assertThat(lastSeen(id)).isNull();
        var member = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        assertThat(member.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(lastSeen(id)).isAfter(Instant.now().minusSeconds(60));

        var earlier = Instant.parse("2026-01-01T00:00:00Z");
        db.sql("update members set last_seen_at = :t where id = :id").param("t", java.sql.Timestamp.from(earlier)).param("id", id).update();
        member.get("/api/v1/me");
        assertThat(lastSeen(id)).as("noted a moment ago by this node: no write").isEqualTo(earlier);
    }

    @Test
    void theListFiltersByTrustLevelStatusAndLastSeen() {
        long regular = verifiedMember(uniqueEmail("reg"), "Rhea Regular " + token);
        long newcomer = verifiedMember(uniqueEmail("new"), "Nils Newcomer " + token);
        db.sql("update members set trust_level = 3, last_seen_at = now() - interval '3 days' where id = :id").param("id", regular).update();
        db.sql("update members set trust_level = 0, last_seen_at = null, suspended_until = now() + interval '1 day' where id = :id")
                .param("id", newcomer).update();
        var admin = http.withToken(adminToken());
        assertThat(admin.get("/api/v1/admin/members?q=" + token + "&trust=3").body()).contains("Rhea Regular").doesNotContain("Nils Newcomer");
        assertThat(admin.get("/api/v1/admin/members?q=" + token + "&status=suspended").body()).contains("Nils Newcomer").doesNotContain("Rhea");
        var weekAgo = java.time.LocalDate.now().minusDays(7);
        assertThat(admin.get("/api/v1/admin/members?q=" + token + "&seenAfter=" + weekAgo).body()).contains("Rhea").doesNotContain("Nils");
        assertThat(admin.get("/api/v1/admin/members?q=" + token + "&seenBefore=" + weekAgo).body()).doesNotContain("Rhea");
        var bad = admin.get("/api/v1/admin/members?trust=9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("trust");

        var page = new Http("http://localhost:" + port);
        page.submit("/login", "/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        var refused = page.get("/admin/members?q=" + token + "&seenAfter=yesterday");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("must be a date");
        var sorted = page.get("/admin/members?q=" + token + "&sort=last-seen").body();
        assertThat(sorted.indexOf("Rhea Regular")).isLessThan(sorted.indexOf("Nils Newcomer"));
        assertThat(page.get("/admin/members?q=" + token + "&sort=shoe-size").body()).contains("Choose an order from the list.");
    }

    private Instant lastSeen(long id) {
        return db.sql("select last_seen_at from members where id = :id").param("id", id)
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().getFirst();
    }
}
