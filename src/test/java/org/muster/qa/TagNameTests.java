package org.muster.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One rule for tag names, whether a question carries the tag or a space requires it in a tag group. */
class TagNameTests extends QaFixture {

    private static final List<String> SOFTWARE_TAGS = List.of("C++", "c#", ".net", "node.js");

    private String spaceRequiring(List<String> tags) {
        var slug = "tags-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug, "name", "Tags " + slug,
                "visibility", "public", "tagGroups", List.of(Map.of("name", "language", "tags", tags))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return slug;
    }

    @Test
    void softwareTagsAreNamesInATagGroupAndOnAQuestion() {
        var slug = spaceRequiring(SOFTWARE_TAGS);
        var group = http.get("/api/v1/spaces/" + slug).json().get("tagGroups").get(0).get("tags");
        assertThat(group.valueStream().map(t -> t.asString()).toList()).containsExactly("c++", "c#", ".net", "node.js");

        var asker = member("asker");
        for (var tag : SOFTWARE_TAGS) {
            var asked = asker.post("/api/v1/questions", Map.of("space", slug, "title", "How do I start a project in " + tag + "?",
                    "body", "I installed the tools but the first build fails with a linker error.", "tags", List.of(tag)));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            assertThat(asked.json().get("tags").get(0).asString()).isEqualTo(tag.toLowerCase());
        }
    }

    @Test
    void aNameRefusedOnAQuestionIsRefusedInATagGroupWithTheSameMessage() {
        var inGroup = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", "tags-" + UUID.randomUUID().toString()
                .substring(0, 8), "name", "Refused", "visibility", "public",
                "tagGroups", List.of(Map.of("name", "language", "tags", List.of("c/c++")))));
        assertThat(inGroup.status()).isEqualTo(400);
        assertThat(inGroup.json().get("field").asString()).isEqualTo("tagGroups");

        var slug = spaceRequiring(List.of("c++"));
        var onQuestion = member("asker").post("/api/v1/questions", Map.of("space", slug, "title", "Which compiler do I need?",
                "body", "The first build fails with a linker error on every machine.", "tags", List.of("c++", "c/c++")));
        assertThat(onQuestion.status()).isEqualTo(400);
        assertThat(onQuestion.json().get("field").asString()).isEqualTo("tags");
        assertThat(onQuestion.json().get("detail").asString()).isEqualTo(inGroup.json().get("detail").asString())
                .contains("c/c++");
    }
}
