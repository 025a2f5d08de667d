package org.muster.routing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.support.HelpDesk;
import org.muster.support.WebhookReceiver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbound event hooks against real HTTP receivers: signed, public only what visitors see, retried, never held up by another. */
class EventHookTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> hooks = new ArrayList<>();
    private final String token = "eh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;
    private String publicSpace;
    private String privateSpace;

    @BeforeEach
    void spaces() {
        admin = http.withToken(adminToken());
        // Hooks of earlier tests are switched off, so each test's receivers see only its own events.
        for (var h : admin.get("/api/v1/admin/event-hooks").json())
            admin.patch("/api/v1/admin/event-hooks/" + h.get("id").asLong(), Map.of("active", false));
        publicSpace = space("public");
        privateSpace = space("private");
    }

    @AfterEach
    void closeReceivers() {
        for (var id : hooks) admin.patch("/api/v1/admin/event-hooks/" + id, Map.of("active", false));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aNewQuestionArrivesSignedWithItsTitleExcerptAndLinkButNoEmail() throws Exception {
        var receiver = receiver();
        var hook = subscribe(receiver, Map.of("events", List.of("question.asked", "question.answered")));
        var secret = hook.get("secret").asString();
        assertThat(admin.get("/api/v1/admin/event-hooks").body()).doesNotContain(secret);

        long question = ask(publicSpace, "Which hops keep a pale ale fresh " + token);

        var sent = receiver.await(r -> r.body().contains(token), 1).getFirst();
        long timestamp = Long.parseLong(sent.headers().get("muster-timestamp"));
        assertThat(sent.headers().get("muster-signature")).isEqualTo(HelpDesk.signature(secret, timestamp, sent.body()));
        assertThat(sent.headers().get("muster-event")).isEqualTo("question.asked");
        var payload = JSON.readTree(sent.body());
        assertThat(payload.get("type").asString()).isEqualTo("question.asked");
        assertThat(payload.get("id").asString()).isNotBlank();
        assertThat(payload.get("occurredAt").asString()).isNotBlank();
        assertThat(payload.get("question").get("id").asLong()).isEqualTo(question);
        assertThat(payload.get("question").get("title").asString()).contains(token);
        assertThat(payload.get("question").get("excerpt").asString()).startsWith("I brewed it twice");
        assertThat(payload.get("question").get("url").asString()).isEqualTo("http://localhost:" + port + "/questions/" + question);
        assertThat(payload.get("member").get("name").asString()).isEqualTo("Ada Asker");
        assertThat(sent.body()).doesNotContain("@example.test", "@muster.test");
    }

    @Test
    void aPrivateSpaceQuestionReachesTheInternalEndpointButNotThePublicOne() throws Exception {
        var outside = receiver();
        var inside = receiver();
        subscribe(outside, Map.of("events", List.of("question.asked")));
        subscribe(inside, Map.of("events", List.of("question.asked"), "internal", true));

        ask(privateSpace, "Members only: our secret recipe " + token);
        ask(publicSpace, "Public after the private one " + token);

        inside.await(r -> r.body().contains("secret recipe"), 1);
        inside.await(r -> r.body().contains("Public after"), 1);
        // The public question was written after the private one, in feed order: once it is here, the private one is past.
        outside.await(r -> r.body().contains("Public after"), 1);
        assertThat(outside.received()).noneMatch(r -> r.body().contains("secret recipe"));
    }

    @Test
    void internalOnlyEventsReachInternalEndpointsAndMemberEventsNeverCarryAnEmail() throws Exception {
        var inside = receiver();
        var outside = receiver();
        subscribe(inside, Map.of("events", List.of("reward.redeemed"), "internal", true));
        subscribe(outside, Map.of("events", List.of("member.joined")));
        var email = uniqueEmail("joiner");
        long member = verifiedMember(email, "Jo Joiner " + token);

        publishAndAwait(new org.muster.rewards.RewardRedeemed(41, 7, member, 500, "perk"), "routing.event-hooks");
        publishAndAwait(new org.muster.accounts.MemberVerified(member), "routing.event-hooks");

        var redeemed = JSON.readTree(inside.await(r -> r.body().contains(token), 1).getFirst().body());
        assertThat(redeemed.get("type").asString()).isEqualTo("reward.redeemed");
        assertThat(redeemed.get("redemption").get("id").asLong()).isEqualTo(41);
        assertThat(redeemed.get("member").get("name").asString()).isEqualTo("Jo Joiner " + token);
        var joined = outside.await(r -> r.body().contains(token), 1).getFirst();
        assertThat(JSON.readTree(joined.body()).get("member").get("url").asString()).endsWith("/members/" + member);
        assertThat(inside.received().toString() + outside.received()).doesNotContain(email);
    }

    @Test
    void aDeliveryNoLongerPublicWhenDueIsWithheld() throws Exception {
        var receiver = receiver();
        long hook = subscribe(receiver, Map.of("events", List.of("question.asked"))).get("id").asLong();
        // The first delivery hangs, and this node sends one delivery at a time per endpoint: the second waits.
        receiver.hold();
        ask(publicSpace, "First, held by the endpoint " + token);
        long second = ask(publicSpace, "Second, deleted before it is sent " + token);
        awaitFeed("routing.event-hooks");
        assertThat(admin.delete("/api/v1/questions/" + second).status()).isIn(200, 204);
        receiver.open();

        receiver.await(r -> r.body().contains("First, held"), 1);
        var withheld = awaitDelivery(hook, "withheld");
        assertThat(withheld.get("questionId").asLong()).isEqualTo(second);
        assertThat(receiver.received()).noneMatch(r -> r.body().contains("Second, deleted"));
    }

    @Test
    void aFailingEndpointIsRetriedThenDeadLetteredAndCanBeReplayed() throws Exception {
        var receiver = receiver();
        long hook = subscribe(receiver, Map.of("events", List.of("question.asked"))).get("id").asLong();
        receiver.answerWith(500, 500, 500);

        ask(publicSpace, "Why does my stout taste of metal " + token);

        var dead = awaitDelivery(hook, "dead");
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(receiver.received()).hasSize(3).allMatch(r -> r.answeredWith() == 500);
        var member = http.withToken(memberWithRole("staff"));
        assertThat(member.post("/api/v1/admin/event-hooks/deliveries/" + dead.get("id").asLong() + "/replay", Map.of()).status())
                .isEqualTo(403);

        assertThat(admin.post("/api/v1/admin/event-hooks/deliveries/" + dead.get("id").asLong() + "/replay", Map.of()).status())
                .isEqualTo(204);
        receiver.await(r -> r.answeredWith() == 200 && r.body().contains(token), 1);
        assertThat(awaitDelivery(hook, "sent").get("id").asLong()).isEqualTo(dead.get("id").asLong());
    }

    @Test
    void aHangingEndpointDelaysNoOtherEndpoint() throws Exception {
        var hanging = receiver();
        var healthy = receiver();
        long hangingHook = subscribe(hanging, Map.of("events", List.of("question.asked"))).get("id").asLong();
        subscribe(healthy, Map.of("events", List.of("question.asked")));
        hanging.hold();

        ask(publicSpace, "Does a hanging endpoint hold up the others " + token);

        healthy.await(r -> r.body().contains(token) && r.answeredWith() == 200, 1);
        assertThat(hanging.received()).as("the hanging endpoint has not answered yet").isEmpty();
        // Sent one after the other, the healthy delivery would have waited for the hanging one to time out and fail.
        var inFlight = awaitDelivery(hangingHook, "pending");
        assertThat(inFlight.get("attempts").asInt()).as("the hanging delivery has not failed yet").isZero();
        hanging.open();
        hanging.await(r -> r.body().contains(token), 1);
    }

    @Test
    void aSlackEndpointGetsOneTextLineWithTheLink() throws Exception {
        var slack = receiver();
        subscribe(slack, Map.of("events", List.of("question.asked"), "format", "slack"));

        long question = ask(publicSpace, "Lager <or> ale & why " + token);

        var payload = JSON.readTree(slack.await(r -> r.body().contains(token), 1).getFirst().body());
        assertThat(payload.properties()).hasSize(1);
        assertThat(payload.get("text").asString()).isEqualTo("New question: <http://localhost:" + port + "/questions/"
                + question + "|Lager &lt;or&gt; ale &amp; why " + token + ">");
    }

    @Test
    void onlyAdminsManageHooks() throws Exception {
        var staff = http.withToken(memberWithRole("staff"));
        assertThat(staff.get("/api/v1/admin/event-hooks").status()).isEqualTo(403);
        assertThat(staff.post("/api/v1/admin/event-hooks", Map.of("name", "x", "url", "https://example.com/hook",
                "events", List.of("question.asked"))).status()).isEqualTo(403);
        assertThat(staff.get("/admin/event-hooks").status()).isEqualTo(403);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/admin/event-hooks").status()).isEqualTo(401);
        assertThat(admin.get("/admin/event-hooks").body()).contains("Event hooks", "question.asked");
    }

    @Test
    void refusesWhatAHookMayNotBeNamingTheField() throws IOException {
        var receiver = receiver();
        assertRefused(Map.of("name", "n", "url", receiver.url(), "events", List.of("question.exploded")), "events");
        assertRefused(Map.of("name", "n", "url", receiver.url(), "events", List.of()), "events");
        assertRefused(Map.of("name", "n", "url", receiver.url(), "events", List.of("ticket.changed")), "events");
        assertRefused(Map.of("name", "n", "url", "http://example.com/hook", "events", List.of("question.asked")), "url");
        assertRefused(Map.of("name", "n", "url", "https://169.254.169.254/latest/meta-data", "events", List.of("question.asked")), "url");
        for (var metadata : List.of("https://[fd00:ec2::254]/latest/meta-data", "https://100.100.100.200/latest/meta-data",
                "https://[64:ff9b::a9fe:a9fe]/latest/meta-data"))
            assertRefused(Map.of("name", "n", "url", metadata, "events", List.of("question.asked")), "url");
        assertRefused(Map.of("name", "n", "url", "not an address", "events", List.of("question.asked")), "url");
        assertRefused(Map.of("name", "n", "url", receiver.url(), "events", List.of("question.asked"), "format", "xml"), "format");
        assertRefused(Map.of("name", " ", "url", receiver.url(), "events", List.of("question.asked")), "name");
        var rotated = admin.post("/api/v1/admin/event-hooks/" + subscribe(receiver, Map.of("events", List.of("question.asked")))
                .get("id").asLong() + "/secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().get("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(30);
    }

    private void assertRefused(Map<String, Object> input, String field) {
        var refused = admin.post("/api/v1/admin/event-hooks", input);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains(field);
    }

    private WebhookReceiver receiver() throws IOException {
        var receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode subscribe(WebhookReceiver receiver, Map<String, Object> input) {
        var body = new java.util.HashMap<String, Object>(input);
        body.put("name", "Hook " + token);
        body.put("url", receiver.url());
        var created = admin.post("/api/v1/admin/event-hooks", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        hooks.add(created.json().get("id").asLong());
        return created.json();
    }

    private String space(String visibility) {
        var slug = "hk-" + visibility + "-" + token;
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Hooks " + slug, "visibility", visibility,
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("hops")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return slug;
    }

    private long ask(String space, String title) {
        var asker = asker();
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "tags", List.of("hops"), "title", title,
                "body", "I brewed it twice with the same recipe and the second batch went flat within a week. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private Http askerHttp;

    /** One member asks everything, a member of the private space too, so the hooks see a real author's name. */
    private Http asker() {
        if (askerHttp != null) return askerHttp;
        var email = uniqueEmail("asker");
        establish(verifiedMember(email, "Ada Asker"));
        assertThat(admin.post("/api/v1/spaces/" + privateSpace + "/members", Map.of("email", email)).status()).isEqualTo(204);
        askerHttp = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        return askerHttp;
    }

    private JsonNode awaitDelivery(long hook, String status) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (var d : admin.get("/api/v1/admin/event-hooks/deliveries?status=" + status + "&hook=" + hook).json())
                return d;
            Thread.sleep(100);
        }
        throw new AssertionError("No " + status + " delivery for hook " + hook);
    }
}
