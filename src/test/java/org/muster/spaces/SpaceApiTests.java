package org.muster.spaces;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceApiTests extends IntegrationTest {

    private static String slug() {
        return "space-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesASpaceWithTemplateAndTagGroups() {
        var admin = http.withToken(adminToken());
        var slug = slug();
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Router help", "description", "Routers",
                "visibility", "public",
                "templateFields", List.of(Map.of("label", "Environment", "required", true),
                        Map.of("name", "steps", "label", "Steps tried", "required", false)),
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("Windows", "macos")))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/spaces/" + slug);

        var read = http.get("/api/v1/spaces/" + slug).json();
        assertThat(read.get("templateFields").get(0).get("name").asString()).isEqualTo("environment");
        assertThat(read.get("templateFields").get(0).get("required").asBoolean()).isTrue();
        assertThat(read.get("templateFields").get(1).get("name").asString()).isEqualTo("steps");
        assertThat(read.get("tagGroups").get(0).get("tags").valueStream().map(t -> t.asString()).toList())
                .containsExactly("windows", "macos");
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        var admin = http.withToken(adminToken());
        var slug = slug();
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Before", "description", "Kept", "visibility", "public",
                "templateFields", List.of(Map.of("label", "Environment", "required", true))));
        var patched = admin.patch("/api/v1/spaces/" + slug, Map.of("name", "After", "visibility", "members"));
        assertThat(patched.status()).isEqualTo(200);
        var json = patched.json();
        assertThat(json.get("name").asString()).isEqualTo("After");
        assertThat(json.get("description").asString()).isEqualTo("Kept");
        assertThat(json.get("visibility").asString()).isEqualTo("members");
        assertThat(json.get("templateFields").size()).isEqualTo(1);
    }

    @Test
    void membersCannotCreateSpaces() {
        var email = uniqueEmail("plain");
        verifiedMember(email, "Plain");
        var response = http.withToken(tokenFor(email, PASSWORD))
                .post("/api/v1/spaces", Map.of("slug", slug(), "name", "Mine", "visibility", "public"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void visitorsCannotCreateSpaces() {
        var response = http.post("/api/v1/spaces", Map.of("slug", slug(), "name", "Mine", "visibility", "public"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aTakenSlugIs409AndChangesNothing() {
        var admin = http.withToken(adminToken());
        var slug = slug();
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "First", "visibility", "public"));
        var again = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Second", "visibility", "staff"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("slug");
        assertThat(http.get("/api/v1/spaces/" + slug).json().get("name").asString()).isEqualTo("First");
    }

    @Test
    void badInputNamesTheField() {
        var admin = http.withToken(adminToken());
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", "Not A Slug", "name", "X", "visibility", "public"))
                .json().get("field").asString()).isEqualTo("slug");
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", slug(), "name", "X", "visibility", "secretive"))
                .json().get("field").asString()).isEqualTo("visibility");
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", slug(), "name", " ", "visibility", "public"))
                .json().get("field").asString()).isEqualTo("name");
        var emptyGroup = admin.post("/api/v1/spaces", Map.of("slug", slug(), "name", "X", "visibility", "public",
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of()))));
        assertThat(emptyGroup.status()).isEqualTo(400);
        assertThat(emptyGroup.json().get("field").asString()).isEqualTo("tagGroups");
    }

    @Test
    void aTemplateFieldWithoutRequiredIsOptional() {
        var slug = slug();
        var created = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug, "name", "Loose",
                "visibility", "public", "templateFields", List.of(Map.of("label", "Steps tried"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("templateFields").get(0).get("required").asBoolean()).isFalse();
    }

    @Test
    void aValueOfTheWrongShapeIsNamedByItsPath() {
        var response = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug(), "name", "X",
                "visibility", "public", "tagGroups", List.of(Map.of("name", "platform", "tags", Map.of("a", 1)))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("tagGroups[0].tags");
    }

    @Test
    void aRefusedEditLeavesTheSpaceAsItWas() {
        var admin = http.withToken(adminToken());
        var slug = slug();
        admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Stable", "visibility", "public",
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("linux")))));
        var refused = admin.patch("/api/v1/spaces/" + slug, Map.of("name", "Changed",
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("Bad Tag!")))));
        assertThat(refused.status()).isEqualTo(400);
        var after = http.get("/api/v1/spaces/" + slug).json();
        assertThat(after.get("name").asString()).isEqualTo("Stable");
        assertThat(after.get("tagGroups").get(0).get("tags").get(0).asString()).isEqualTo("linux");
    }
}
