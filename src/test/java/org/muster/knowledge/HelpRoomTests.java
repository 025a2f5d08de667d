package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A space's help room: who reads and writes it, its moderation, its search and its bad input. */
class HelpRoomTests extends IntegrationTest {

    private Http admin;
    private String space;
    private Http asker;
    private long askerId;
    private Http helper;

    @BeforeEach
    void room() {
        admin = http.withToken(adminToken());
        space = space("public");
        var email = uniqueEmail("room-asker");
        askerId = verifiedMember(email, "Room Asker");
        establish(askerId);
        asker = http.withToken(tokenFor(email, PASSWORD));
        helper = member("Room Helper");
    }

    @Test
    void aMemberWritesAndAnotherReadsTheMessageAfterTheOneTheyLastSaw() {
        long first = post(asker, "Is anyone around who knows the router's **guest** network?");
        long second = post(helper, "Yes, ask away.");
        var after = helper.get("/api/v1/spaces/" + space + "/room/messages?after=" + first);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().size()).isEqualTo(1);
        assertThat(after.json().get(0).get("id").asLong()).isEqualTo(second);
        assertThat(after.json().get(0).get("authorName").asString()).isEqualTo("Room Helper");
        var all = helper.get("/api/v1/spaces/" + space + "/room/messages").json();
        assertThat(all.get(0).get("bodyHtml").asString()).contains("<strong>guest</strong>");
    }

    @Test
    void markdownIsSanitizedAsInPosts() {
        long id = post(asker, "Look <script>alert(1)</script> [here](javascript:alert(2)) please");
        var page = http.get("/spaces/" + space + "/room");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("message-" + id).doesNotContain("<script>alert(1)").doesNotContain("javascript:alert");
    }

    @Test
    void aVisitorReadsAPublicRoomButCannotWrite() {
        post(asker, "A message visitors may read in a public room.");
        assertThat(http.get("/spaces/" + space + "/room").body()).contains("A message visitors may read in a public room.");
        assertThat(http.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Hello from nobody")).status())
                .isEqualTo(401);
    }

    @Test
    void anOutsiderGets404ForAPrivateSpacesRoomAndNeverFindsItsMessages() {
        var hidden = space("private");
        var email = uniqueEmail("room-insider");
        long insiderId = verifiedMember(email, "Insider");
        establish(insiderId);
        assertThat(admin.post("/api/v1/spaces/" + hidden + "/members", Map.of("email", email)).status()).isEqualTo(204);
        var insider = http.withToken(tokenFor(email, PASSWORD));
        var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(insider.post("/api/v1/spaces/" + hidden + "/room/messages", Map.of("body", "The secret " + word)).status())
                .isEqualTo(201);
        long spaceId = admin.get("/api/v1/spaces/" + hidden).json().get("id").asLong();

        var outsider = helper;
        assertThat(outsider.get("/api/v1/spaces/" + hidden + "/room/messages").status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/spaces/" + hidden + "/room/messages", Map.of("body", "let me in")).status()).isEqualTo(404);
        assertThat(http.get("/spaces/" + hidden + "/room").status()).isEqualTo(404);
        assertThat(outsider.get("/live?room=" + spaceId).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/rooms/search?q=" + word).json().size()).isZero();
        assertThat(http.get("/api/v1/rooms/search?q=" + word).json().size()).isZero();
        assertThat(http.get("/spaces/" + space + "/room/search?q=" + word).body()).doesNotContain("The secret");

        var found = insider.get("/api/v1/rooms/search?q=" + word).json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("space").get("slug").asString()).isEqualTo(hidden);
    }

    @Test
    void searchFindsShownMessagesOfVisibleRoomsOnly() {
        var word = "qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long shown = post(asker, "The firmware " + word + " fixed it for me");
        long hidden = post(helper, "Spam about " + word + " watches");
        var moderator = http.withToken(memberWithRole("moderator"));
        assertThat(moderator.post("/api/v1/spaces/" + space + "/room/messages/" + hidden + "/moderation",
                Map.of("action", "hide", "reason", "advertising")).status()).isEqualTo(200);
        var hits = http.get("/api/v1/rooms/search?q=" + word).json();
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get("message").get("id").asLong()).isEqualTo(shown);
        assertThat(http.get("/spaces/" + space + "/room/search?q=" + word).body()).contains("fixed it for me");
    }

    @Test
    void aFlaggedMessageIsRedactedByAModeratorAndShowsAsRedactedToEveryone() {
        long id = post(asker, "My card number is 4111 1111 1111 1111 and my mail is me at example dot org");
        assertThat(helper.post(flags(id), Map.of("reason", "private-data", "note", "a card number")).status()).isEqualTo(204);
        assertThat(helper.post(flags(id), Map.of("reason", "private-data")).status()).isEqualTo(409);
        assertThat(asker.post(flags(id), Map.of("reason", "spam")).status()).isEqualTo(409);
        assertThat(helper.post(flags(id), Map.of("reason", "boring")).json().get("field").asString()).isEqualTo("reason");

        var moderator = http.withToken(memberWithRole("moderator"));
        var seen = moderator.get("/api/v1/spaces/" + space + "/room/messages").json();
        assertThat(seen.get(0).get("flags").asInt()).isEqualTo(1);
        assertThat(helper.get("/api/v1/spaces/" + space + "/room/messages").json().get(0).get("flags").asInt()).isZero();

        assertThat(helper.post(moderation(id), Map.of("action", "redact", "reason", "card number")).status()).isEqualTo(403);
        assertThat(moderator.post(moderation(id), Map.of("action", "redact", "reason", "")).json().get("field").asString())
                .isEqualTo("reason");
        var redacted = moderator.post(moderation(id), Map.of("action", "redact", "reason", "card number"));
        assertThat(redacted.status()).isEqualTo(200);
        assertThat(redacted.json().get("state").asString()).isEqualTo("redacted");

        var read = http.get("/api/v1/spaces/" + space + "/room/messages").json().get(0);
        assertThat(read.get("state").asString()).isEqualTo("redacted");
        assertThat(read.get("body").asString()).isEmpty();
        assertThat(db.sql("select body from knowledge_room_messages where id = :id").param("id", id).query(String.class).single())
                .isEmpty();
        assertThat(http.get("/spaces/" + space + "/room").body()).doesNotContain("4111").contains("message-" + id);
    }

    @Test
    void aHiddenMessageIsSeenOnlyByItsAuthorAndModerators() {
        long id = post(helper, "Buy cheap watches at my shop today");
        var moderator = http.withToken(memberWithRole("moderator"));
        assertThat(moderator.post(moderation(id), Map.of("action", "hide", "reason", "advertising")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/spaces/" + space + "/room/messages").json().size()).isZero();
        assertThat(asker.get("/api/v1/spaces/" + space + "/room/messages").json().size()).isZero();
        assertThat(helper.get("/api/v1/spaces/" + space + "/room/messages").json().get(0).get("state").asString()).isEqualTo("hidden");
        assertThat(asker.post(flags(id), Map.of("reason", "spam")).status()).isEqualTo(404);
        assertThat(moderator.post(moderation(id), Map.of("action", "show", "reason", "changed my mind")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/spaces/" + space + "/room/messages").json().size()).isEqualTo(1);
    }

    @Test
    void silencedAndSuspendedMembersCannotWrite() {
        var moderator = http.withToken(memberWithRole("moderator"));
        var email = uniqueEmail("room-silenced");
        long silencedId = verifiedMember(email, "Silenced");
        var silenced = http.withToken(tokenFor(email, PASSWORD));
        assertThat(moderator.post("/api/v1/moderation/members/" + silencedId + "/sanctions",
                Map.of("kind", "silence", "days", 3, "reason", "flooding the room")).status()).isEqualTo(201);
        assertThat(silenced.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Still here?")).status())
                .isEqualTo(403);

        assertThat(moderator.post("/api/v1/moderation/members/" + askerId + "/sanctions",
                Map.of("kind", "suspend", "days", 3, "reason", "abuse in the room")).status()).isEqualTo(201);
        // A suspended member's token acts as a visitor's: asked to sign in, never let in.
        assertThat(asker.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Let me back")).status())
                .isEqualTo(401);
        assertThat(db.sql("select count(*) from knowledge_room_messages where author_id in (:ids)")
                .param("ids", List.of(silencedId, askerId)).query(Long.class).single()).isZero();
    }

    @Test
    void aMemberWritingFasterThanARoomAllowsIsToldToWait() {
        var fast = member("Fast Typist");
        int refused = 0;
        for (int i = 0; i < 14 && refused == 0; i++) {
            var posted = fast.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Message number " + i));
            if (posted.status() == 429) {
                refused++;
                assertThat(posted.header("Retry-After")).isNotBlank();
            } else assertThat(posted.status()).isEqualTo(201);
        }
        assertThat(refused).isEqualTo(1);
    }

    /** Chat has an allowance of its own: a newcomer's ten posts a day are not spent saying hello. */
    @Test
    void aNewcomerWhoChattedCanStillAsk() {
        var email = uniqueEmail("room-chatty");
        verifiedMember(email, "Chatty newcomer");
        var newcomer = http.withToken(tokenFor(email, PASSWORD));
        for (int i = 0; i < 11; i++)
            assertThat(newcomer.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Still here, line " + i)).status())
                    .isEqualTo(201);
        var asked = newcomer.post("/api/v1/questions", Map.of("space", space, "title", "How do I pair the printer with the router",
                "body", "The printer does not see the network since the router was reset.", "tags", List.of("printer")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    }

    @Test
    void aNewMembersLinkIsRefusedAsInPosts() {
        var email = uniqueEmail("room-newcomer");
        verifiedMember(email, "Newcomer");
        var newcomer = http.withToken(tokenFor(email, PASSWORD));
        var refused = newcomer.post("/api/v1/spaces/" + space + "/room/messages",
                Map.of("body", "Great deals at https://spam.example.com today"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("body");
        assertThat(newcomer.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Hello, first time here")).status())
                .isEqualTo(201);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() {
        var paths = http.get("/api/v1/openapi.json").json().get("paths");
        assertThat(paths.has("/api/v1/spaces/{slug}/room/messages")).isTrue();
        assertThat(paths.get("/api/v1/spaces/{slug}/room/messages").has("post")).isTrue();
        assertThat(paths.has("/api/v1/spaces/{slug}/room/conversions")).isTrue();
        assertThat(paths.has("/api/v1/rooms/search")).isTrue();
    }

    @Test
    void badMessagesAreRefusedNamingTheField() {
        for (var body : List.of("", "   ", "\u0000\u0000", "\u200b\u200b", "x".repeat(HelpRooms.MAX_LENGTH + 1))) {
            var refused = asker.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", body));
            assertThat(refused.status()).as(body.length() + " characters").isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("body");
        }
        var nullBody = new java.util.HashMap<String, Object>();
        nullBody.put("body", null);
        assertThat(asker.post("/api/v1/spaces/" + space + "/room/messages", nullBody).status()).isEqualTo(400);
        assertThat(asker.post("/api/v1/spaces/" + space + "/room/conversions",
                Map.of("messages", java.util.Arrays.asList(1L, null), "title", "A title long enough")).status()).isEqualTo(400);
        assertThat(asker.get("/api/v1/spaces/" + space + "/room/messages?after=abc").status()).isEqualTo(400);
        assertThat(asker.get("/api/v1/rooms/search?q=" + "a".repeat(501)).status()).isEqualTo(400);
        assertThat(asker.get("/api/v1/rooms/search?q=%22%26%7C!(").status()).isEqualTo(200);
        assertThat(db.sql("select count(*) from knowledge_room_messages where author_id = :id").param("id", askerId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theFormOnThePageRefusesAnEmptyMessageBesideTheField() {
        var page = new Http("http://localhost:" + port);
        var email = uniqueEmail("room-page");
        establish(verifiedMember(email, "Page Writer"));
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        var refused = page.submit("/spaces/" + space + "/room", "/spaces/" + space + "/room/messages", Map.of("body", " "));
        assertThat(refused.status()).isEqualTo(302);
        var back = page.get(refused.header("Location").split("#")[0]);
        assertThat(back.body()).contains("id=\"refusal\"").contains("Write a message first.");
        var sent = page.submit("/spaces/" + space + "/room", "/spaces/" + space + "/room/messages",
                Map.of("body", "Sent without JavaScript"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(page.get("/spaces/" + space + "/room").body()).contains("Sent without JavaScript");
    }

    @Test
    void aConversationBecomesAQuestionWithItsAnswerLinkedBothWays() {
        long asked = post(asker, "How do I reset the router without losing the guest network settings?");
        long answered = post(helper, "Export the settings first. Then hold the reset button for ten seconds and import them.");
        long thanks = post(asker, "That worked, the guest network is back.");
        long more = post(helper, "Great! The router keeps the guest settings in the exported file.");
        var outsiderEmail = uniqueEmail("room-bystander");
        establish(verifiedMember(outsiderEmail, "Bystander"));
        var bystander = http.withToken(tokenFor(outsiderEmail, PASSWORD));
        var selection = Map.<String, Object>of("messages", List.of(asked, answered, thanks, more),
                "title", "Reset the router and keep the guest network", "tags", List.of("router"));
        assertThat(bystander.post(conversions(), selection).status()).isEqualTo(403);
        assertThat(asker.post(conversions(), Map.of("messages", List.of(asked, thanks), "title", "Only my own messages here", "tags", List.of("router")))
                .json().get("field").asString()).isEqualTo("messages");

        var converted = asker.post(conversions(), selection);
        assertThat(converted.status()).as(converted.body()).isEqualTo(201);
        long questionId = converted.json().get("questionId").asLong();
        long answerId = converted.json().get("answerId").asLong();

        var question = http.get("/api/v1/questions/" + questionId).json();
        assertThat(question.get("title").asString()).isEqualTo("Reset the router and keep the guest network");
        assertThat(question.get("author").get("id").asLong()).isEqualTo(askerId);
        assertThat(question.get("body").asString()).contains("How do I reset the router").contains("That worked")
                .contains("/spaces/" + space + "/room?from=" + asked).doesNotContain("Export the settings");
        var page = http.get("/questions/" + questionId).body();
        assertThat(page).contains("/spaces/" + space + "/room?from").contains("#message-" + asked);
        assertThat(page).contains("Export the settings first.").contains("In short:");
        var answer = question.get("answers").get(0);
        assertThat(answer.get("id").asLong()).isEqualTo(answerId);
        assertThat(answer.get("author").get("name").asString()).isEqualTo("Room Helper");
        assertThat(answer.get("body").asString()).startsWith("**In short:** ").contains("hold the reset button")
                .doesNotContain("That worked");

        var messages = http.get("/api/v1/spaces/" + space + "/room/messages").json();
        for (var m : messages) assertThat(m.get("questionId").asLong()).isEqualTo(questionId);
        assertThat(http.get("/spaces/" + space + "/room").body()).contains("/questions/" + questionId).contains("Turned into a question");
        assertThat(asker.post(conversions(), selection).status()).isEqualTo(409);
    }

    @Test
    void theSummaryTakesTheHelpersSentencesThatAnswerTheAsker() {
        var summary = RoomSummaries.of(List.of("My printer prints blank pages after the cartridge change."),
                List.of("Hello! Nice weather today.", "Remove the tape from the new cartridge. Then run the printer's cleaning cycle.",
                        "Good luck."));
        assertThat(summary).contains("cartridge").doesNotContain("weather").doesNotContain("Good luck");
        assertThat(RoomSummaries.of(List.of("q"), List.of("a ".repeat(400))).length()).isLessThanOrEqualTo(RoomSummaries.MAX_LENGTH + 1);
    }

    private String space(String visibility) {
        var slug = "room-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Room " + slug, "visibility", visibility,
                "tagGroups", List.of(Map.of("name", "device", "tags", List.of("router", "printer")))));
        if (created.status() != 201) throw new AssertionError(created.body());
        return slug;
    }

    private Http member(String name) {
        var email = uniqueEmail(name.toLowerCase().replace(' ', '-'));
        establish(verifiedMember(email, name));
        return http.withToken(tokenFor(email, PASSWORD));
    }

    private long post(Http who, String body) {
        var posted = who.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", body));
        if (posted.status() != 201) throw new AssertionError(posted.body());
        return posted.json().get("id").asLong();
    }

    private String flags(long id) {
        return "/api/v1/spaces/" + space + "/room/messages/" + id + "/flags";
    }

    private String moderation(long id) {
        return "/api/v1/spaces/" + space + "/room/messages/" + id + "/moderation";
    }

    private String conversions() {
        return "/api/v1/spaces/" + space + "/room/conversions";
    }
}
