package org.muster.qa;

import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A space with a template and a tag group, and members to ask and answer in it. */
public abstract class QaFixture extends IntegrationTest {

    protected Http admin;
    protected String space;

    protected void setUpSpace(String visibility) {
        admin = http.withToken(adminToken());
        space = "qa-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Q&A " + space, "visibility", visibility,
                "templateFields", List.of(Map.of("label", "Environment", "required", true), Map.of("label", "Steps tried")),
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("windows", "macos", "linux")))));
        if (created.status() != 201) throw new AssertionError(created.body());
    }

    protected Http member(String name) {
        var email = uniqueEmail(name);
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    protected Map<String, Object> question(String title, List<String> tags) {
        return Map.of("space", space, "title", title, "body", "The router drops the connection every hour since the update.",
                "tags", tags, "fields", Map.of("environment", "Firmware 2.1 on an AX3000"));
    }

    protected long ask(Http who, String title) {
        var response = who.post("/api/v1/questions", question(title, List.of("windows")));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    protected long answer(Http who, long questionId, String body) {
        var response = who.post("/api/v1/questions/" + questionId + "/answers", Map.of("body", body));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }
}
