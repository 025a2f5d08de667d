package org.muster.spaces;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visibility against every kind of reader, through the API, the pages and the lists. */
class SpaceVisibilityTests extends IntegrationTest {

    private final Map<String, String> slugs = new java.util.HashMap<>();
    private Http admin;
    private Http listedMember;
    private Http otherMember;
    private Http staff;
    private Http moderator;

    @BeforeEach
    void spacesOfEveryVisibility() {
        admin = http.withToken(adminToken());
        var listedEmail = uniqueEmail("listed");
        verifiedMember(listedEmail, "Listed");
        listedMember = new Http("http://localhost:" + port).withToken(tokenFor(listedEmail, PASSWORD));
        var otherEmail = uniqueEmail("other");
        verifiedMember(otherEmail, "Other");
        otherMember = new Http("http://localhost:" + port).withToken(tokenFor(otherEmail, PASSWORD));
        staff = new Http("http://localhost:" + port).withToken(memberWithRole("staff"));
        moderator = new Http("http://localhost:" + port).withToken(memberWithRole("moderator"));
        for (var visibility : List.of("public", "members", "private", "staff")) {
            var slug = visibility + "-" + UUID.randomUUID().toString().substring(0, 6);
            var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Space " + slug, "visibility", visibility));
            assertThat(created.status()).isEqualTo(201);
            slugs.put(visibility, slug);
        }
        assertThat(admin.post("/api/v1/spaces/" + slugs.get("private") + "/members", Map.of("email", listedEmail)).status())
                .isEqualTo(204);
    }

    @Test
    void visitorsSeeOnlyPublicSpaces() {
        var visitor = new Http("http://localhost:" + port);
        assertSees(visitor, "public");
        assertHidden(visitor, "members", "private", "staff");
    }

    @Test
    void membersSeeMembersSpacesButNotPrivateOrStaffOnes() {
        assertSees(otherMember, "public", "members");
        assertHidden(otherMember, "private", "staff");
    }

    @Test
    void listedMembersSeeTheirPrivateSpace() {
        assertSees(listedMember, "public", "members", "private");
        assertHidden(listedMember, "staff");
    }

    @Test
    void moderatorsAreNotStaff() {
        assertSees(moderator, "public", "members");
        assertHidden(moderator, "private", "staff");
    }

    @Test
    void staffAndAdminsSeeEverything() {
        assertSees(staff, "public", "members", "private", "staff");
        assertSees(admin, "public", "members", "private", "staff");
    }

    @Test
    void removingAMemberFromAPrivateSpaceHidesItAgain() {
        long listedId = listedMember.get("/api/v1/me").json().get("id").asLong();
        assertThat(admin.delete("/api/v1/spaces/" + slugs.get("private") + "/members/" + listedId).status()).isEqualTo(204);
        assertHidden(listedMember, "private");
    }

    @Test
    void aHiddenSpaceLooksExactlyLikeAMissingOne() {
        var hidden = otherMember.get("/api/v1/spaces/" + slugs.get("staff"));
        var missing = otherMember.get("/api/v1/spaces/no-such-space-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }

    private void assertSees(Http reader, String... visibilities) {
        var listed = reader.get("/api/v1/spaces").json().valueStream().map(s -> s.get("slug").asString()).toList();
        for (var visibility : visibilities) {
            var slug = slugs.get(visibility);
            assertThat(listed).as("list shows the %s space", visibility).contains(slug);
            assertThat(reader.get("/api/v1/spaces/" + slug).status()).as("API shows the %s space", visibility).isEqualTo(200);
        }
    }

    private void assertHidden(Http reader, String... visibilities) {
        var listed = reader.get("/api/v1/spaces").json().valueStream().map(s -> s.get("slug").asString()).toList();
        for (var visibility : visibilities) {
            var slug = slugs.get(visibility);
            assertThat(listed).as("list hides the %s space", visibility).doesNotContain(slug);
            assertThat(reader.get("/api/v1/spaces/" + slug).status()).as("API hides the %s space", visibility).isEqualTo(404);
        }
    }
}
