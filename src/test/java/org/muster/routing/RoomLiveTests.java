package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers of a help room hear that its messages changed, at once and on every node, and nobody else does. */
class RoomLiveTests extends IntegrationTest {

    @Test
    void aSecondReadersStreamHearsTheNewMessageWithoutItsText() throws Exception {
        var admin = http.withToken(adminToken());
        var space = space(admin, "public");
        long spaceId = admin.get("/api/v1/spaces/" + space).json().get("id").asLong();
        var other = space(admin, "public");
        long otherId = admin.get("/api/v1/spaces/" + other).json().get("id").asLong();
        var writer = member("room-writer");
        var base = "http://localhost:" + port;
        settle(base, spaceId);
        try (var reader = LiveStream.open(base, "/live?room=" + spaceId);
             var elsewhere = LiveStream.open(base, "/live?room=" + otherId)) {
            assertThat(writer.post("/api/v1/spaces/" + space + "/room/messages", Map.of("body", "Is the live room working?"))
                    .status()).isEqualTo(201);
            assertThat(reader.await("messages").data()).isEqualTo(Long.toString(spaceId));
            assertThat(reader.text()).doesNotContain("live room working");
            // The other room's reader hears nothing of this one: the first thing it hears is its own room.
            assertThat(writer.post("/api/v1/spaces/" + other + "/room/messages", Map.of("body", "And in the other room?"))
                    .status()).isEqualTo(201);
            assertThat(elsewhere.await("messages").data()).isEqualTo(Long.toString(otherId));
        }
        // Without JavaScript the page lists what came.
        assertThat(http.get("/spaces/" + space + "/room").body()).contains("Is the live room working?");
    }

    @Test
    void anOutsiderCannotListenToAPrivateSpacesRoom() {
        var admin = http.withToken(adminToken());
        var hidden = space(admin, "private");
        long spaceId = admin.get("/api/v1/spaces/" + hidden).json().get("id").asLong();
        assertThat(http.get("/live?room=" + spaceId).status()).isEqualTo(404);
        assertThat(member("room-outsider").get("/live?room=" + spaceId).status()).isEqualTo(404);
    }

    /**
     * Waits until this node has acted on every live change committed so far (a role given to another test's
     * member closes every room's stream), as {@link LiveStream#settle} does for a question.
     */
    private void settle(String base, long spaceId) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (var probe = LiveStream.open(base, "/live?room=" + spaceId)) {
                db.sql("select pg_notify(:channel, :payload)").param("channel", LiveSignals.CHANNEL)
                        .param("payload", LiveMessage.room(spaceId).payload()).query((rs, n) -> null).list();
                for (var event = probe.next(Duration.ofSeconds(5)); event != null; event = probe.next(Duration.ofSeconds(5)))
                    if (event.name().equals(LiveChange.MESSAGES.eventName())) return;
            }
        }
        throw new AssertionError("The room of space " + spaceId + " never heard a marker");
    }

    private String space(Http admin, String visibility) {
        var slug = "live-room-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Live room " + slug, "visibility", visibility,
                "tagGroups", List.of()));
        if (created.status() != 201) throw new AssertionError(created.body());
        return slug;
    }

    private Http member(String name) {
        var email = uniqueEmail(name);
        establish(verifiedMember(email, name));
        return http.withToken(tokenFor(email, PASSWORD));
    }
}
