package org.muster.recognition;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The card on an author's name shows only what its reader may see. */
class UserCardTests extends IntegrationTest {

    private final String token = "uc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void cardShowsPrivateSpaceTagsOnlyToThoseWhoMayReadTheSpace() {
        var admin = http.withToken(adminToken());
        var space = "card-" + token;
        var secretTag = "vault-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Card " + token, "visibility", "private",
                "tagGroups", List.of(Map.of("name", "kind", "tags", List.of(secretTag))))).status()).isEqualTo(201);
        var expertEmail = uniqueEmail("expert");
        long expert = verifiedMember(expertEmail, "Edda Expert");
        establish(expert);
        var insiderEmail = uniqueEmail("insider");
        establish(verifiedMember(insiderEmail, "Ian Insider"));
        for (var email : List.of(expertEmail, insiderEmail))
            assertThat(admin.post("/api/v1/spaces/" + space + "/members", Map.of("email", email)).status()).isEqualTo(204);
        var insider = http.withToken(tokenFor(insiderEmail, PASSWORD));
        var asked = insider.post("/api/v1/questions", Map.of("space", space, "title", "Vault door controller loses its schedule " + token,
                "tags", List.of(secretTag), "body", "Every night the schedule of the vault door controller is gone."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var answered = http.withToken(tokenFor(expertEmail, PASSWORD)).post("/api/v1/questions/" + asked.json().get("id").asLong() + "/answers",
                Map.of("body", "Its backup battery is flat: the schedule lives in memory that the battery keeps."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(insider.post("/api/v1/posts/" + answered.json().get("id").asLong() + "/votes", Map.of("value", 1)).status()).isLessThan(300);
        awaitFeed("recognition.reputation");

        var insiderPages = new Http("http://localhost:" + port);
        assertThat(insiderPages.submit("/login", "/login", Map.of("email", insiderEmail, "password", PASSWORD)).status()).isEqualTo(302);
        var insiderCard = insiderPages.get("/members/" + expert + "/card");
        assertThat(insiderCard.status()).isEqualTo(200);
        assertThat(insiderCard.body()).contains("Edda Expert", secretTag);

        var outsiderEmail = uniqueEmail("outsider");
        verifiedMember(outsiderEmail, "Olga Outsider");
        var outsiderPages = new Http("http://localhost:" + port);
        assertThat(outsiderPages.submit("/login", "/login", Map.of("email", outsiderEmail, "password", PASSWORD)).status()).isEqualTo(302);
        var outsiderCard = outsiderPages.get("/members/" + expert + "/card");
        assertThat(outsiderCard.body()).contains("Edda Expert", "View profile").doesNotContain(secretTag);
        var visitorCard = new Http("http://localhost:" + port).withHeaders(Map.of("HX-Request", "true")).get("/members/" + expert + "/card");
        assertThat(visitorCard.status()).isEqualTo(200);
        assertThat(visitorCard.body()).contains("Edda Expert").doesNotContain(secretTag).doesNotContain("<html");
    }
}
