package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Text that is not text, wherever a request carries it: refused naming the field or treated as blank, never a 500. */
class TextInputTests extends IntegrationTest {

    private static final List<String> INVISIBLE = List.of("\u202E", "\u200B", "\u00AD", "\uFEFF", "\u0301", "\u0000");

    @Test
    void aQuestionOfOnlyInvisibleCharactersIsRefusedNamingTheTitle() {
        var asker = asker();
        var refused = asker.post("/api/v1/questions", Map.of("space", space(), "title", "\u200B".repeat(30),
                "body", "\u200B".repeat(60), "tags", List.of("routers")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("\"title\"").contains("\"body\"");
    }

    @Test
    void aTitleIsMeasuredInTheCharactersItShows() {
        // 150 letters, each with a combining mark that has no precomposed form: 300 UTF-16 units.
        var marked = "q\u0307".repeat(150);
        var asked = asker().post("/api/v1/questions", Map.of("space", space(), "title", marked,
                "body", "The router drops the connection every hour.", "tags", List.of("routers")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("title").asString()).isEqualTo(marked);
    }

    @Test
    void textIsKeptComposedWithLineBreaksAsLineFeeds() {
        var asked = asker().post("/api/v1/questions", Map.of("space", space(), "title", "Cafe\u0301 router drops the line",
                "body", "First line\r\nsecond line\rthird\u0000 line", "tags", List.of("routers")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("title").asString()).isEqualTo("Caf\u00e9 router drops the line");
        var stored = db.sql("select body from posts where id = :id").param("id", asked.json().get("id").asLong())
                .query(String.class).single();
        assertThat(stored).isEqualTo("First line\nsecond line\nthird line");
    }

    @Test
    void searchesOfOnlyInvisibleCharactersListRecentQuestions() {
        for (var invisible : INVISIBLE) {
            var q = encode(invisible);
            var api = http.get("/api/v1/search?q=" + q);
            assertThat(api.status()).as("U+%04X", (int) invisible.charAt(0)).isEqualTo(200);
            assertThat(api.json().get("recent").asBoolean()).isTrue();
            assertThat(http.get("/search?q=" + q).status()).isEqualTo(200);
            var similar = http.get("/api/v1/questions/similar?title=" + q + "&body=" + q);
            assertThat(similar.status()).isEqualTo(200);
            assertThat(similar.json().isEmpty()).isTrue();
            assertThat(http.get("/ask/similar?title=" + q + "&body=" + q).status()).isLessThan(500);
            // Operators with invisible words: the words are blank, the filter still applies.
            assertThat(http.get("/api/v1/search?q=" + encode("is:solved " + invisible)).status()).isEqualTo(200);
        }
    }

    @Test
    void aNulInAPageParameterIsNoError() {
        assertThat(http.get("/?tag=%00").status()).isEqualTo(200);
        assertThat(http.get("/search?q=%00").status()).isEqualTo(200);
        assertThat(http.get("/reset?token=%00").status()).isEqualTo(200);
        var login = http.submit("/login", "/login", Map.of("email", "a\u0000@example.test", "password", "x\u0000"));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).contains("/login?error");
        var reset = new Http("http://localhost:" + port).submit("/reset", "/reset/request", Map.of("email", "\u0000"));
        assertThat(reset.status()).isLessThan(500);
    }

    @Test
    void aNullInAListIsRefusedNamingItsPlace() {
        var member = new Http("http://localhost:" + port).withToken(memberWithRole("member"));
        var refused = member.put("/api/v1/me/peer-profile", Map.of("interests", Arrays.asList("hiking", null)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("interests[1]");
    }

    @Test
    void nullForAFieldWithFixedChoicesIsRefusedNamingTheField() {
        var admin = http.withToken(adminToken());
        var badge = new java.util.HashMap<String, Object>(Map.of("name", "Helper " + UUID.randomUUID().toString().substring(0, 6),
                "description", "Helps."));
        badge.put("level", null);
        var refused = admin.post("/api/v1/badges", badge);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("level");
    }

    @Test
    void anUnknownMemberIsRefusedNamingTheFieldWithNothingWritten() {
        long unknown = 987_654_321L;
        var refused = http.withToken(adminToken()).put("/api/v1/moderation/champions/" + unknown + "/tags", List.of("routers"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("memberId");
        assertThat(db.sql("select count(*) from audit_log where target_id = :id").param("id", unknown)
                .query(Long.class).single()).isZero();
    }

    private Http asker() {
        return new Http("http://localhost:" + port).withToken(memberWithRole("champion", "Text asker"));
    }

    private String space() {
        var slug = "text-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug, "name", "Text " + slug,
                "visibility", "public"));
        assertThat(created.status()).isEqualTo(201);
        return slug;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
