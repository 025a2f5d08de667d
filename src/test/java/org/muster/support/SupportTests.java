package org.muster.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.routing.QuestionClimbed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Escalation, tickets and the help-desk loop, against a real HTTP receiver. */
class SupportTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookReceiver helpDesk;
    private Http admin;
    private Http staff;
    private long endpointId;
    private String secret;
    private String space;
    private final String token = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void helpDesk() throws IOException {
        helpDesk = new WebhookReceiver();
        admin = http.withToken(adminToken());
        staff = http.withToken(memberWithRole("staff", "Sam Staff"));
        long staffId = staff.get("/api/v1/me").json().get("id").asLong();
        // Endpoints from earlier tests are switched off, so each test sees only its own deliveries.
        for (var e : admin.get("/api/v1/support/endpoints").json())
            admin.patch("/api/v1/support/endpoints/" + e.get("id").asLong(), Map.of("active", false));
        var created = admin.post("/api/v1/support/endpoints", Map.of("name", "Desk " + token, "url", helpDesk.url(), "replyAs", staffId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        endpointId = created.json().get("id").asLong();
        secret = created.json().get("secret").asString();
        assertThat(admin.get("/api/v1/support/endpoints").body()).doesNotContain(secret);
        space = "sup-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Support " + token, "visibility", "public",
                "tagGroups", java.util.List.of(Map.of("name", "topic", "tags", java.util.List.of("router")))))
                .status()).isEqualTo(201);
    }

    @AfterEach
    void closeHelpDesk() {
        admin.patch("/api/v1/support/endpoints/" + endpointId, Map.of("active", false));
        helpDesk.close();
    }

    @Test
    void anEscalatedQuestionReachesTheHelpDeskSignedAndRetriedAndTheReplyComesBackAsTheValidatedAnswer() throws Exception {
        var asker = member("Asker");
        long question = ask(asker, "My invoice shows a double charge " + token);
        helpDesk.answerWith(500);

        var ticket = asker.post("/api/v1/questions/" + question + "/escalate", Map.of());
        assertThat(ticket.status()).isEqualTo(201);
        long ticketId = ticket.json().get("id").asLong();
        assertThat(asker.post("/api/v1/questions/" + question + "/escalate", Map.of()).status()).isEqualTo(409);

        var deliveries = helpDesk.await(r -> ticketOf(r) == ticketId, 2);
        assertThat(deliveries.get(0).answeredWith()).isEqualTo(500);
        var sent = deliveries.get(1);
        assertThat(sent.headers().get("muster-event")).isEqualTo("ticket.created");
        long timestamp = Long.parseLong(sent.headers().get("muster-timestamp"));
        assertThat(sent.headers().get("muster-signature")).isEqualTo(HelpDesk.signature(secret, timestamp, sent.body()));
        var payload = JSON.readTree(sent.body());
        assertThat(payload.get("question").get("title").asString()).contains(token);
        assertThat(payload.get("asker").get("email").asString()).contains("@example.test");

        var thread = new Http("http://localhost:" + port).get("/questions/" + question).body();
        assertThat(thread).contains("Escalated to official support").doesNotContain("Ticket " + ticketId);
        staff.post("/api/v1/support/tickets/" + ticketId + "/notes", Map.of("body", "Refund approved by billing " + token));
        assertThat(asker.get("/api/v1/support/tickets/" + ticketId).json().get("notes")).isEmpty();
        assertThat(member("Stranger").get("/api/v1/support/tickets/" + ticketId).status()).isEqualTo(404);
        assertThat(new Http("http://localhost:" + port).get("/questions/" + question).body()).doesNotContain("Refund approved");

        var reply = inbound(Map.of("ticket", ticketId, "reply", Map.of("body",
                "We refunded the second charge; it shows on your statement within five days.", "agent", "Dana from Billing")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("solved");

        var solved = new Http("http://localhost:" + port).get("/api/v1/questions/" + question).json();
        assertThat(solved.get("solved").asBoolean()).isTrue();
        var answer = solved.get("answers").get(0);
        assertThat(answer.get("validated").asBoolean()).isTrue();
        assertThat(answer.get("author").get("name").asString()).isEqualTo("Sam Staff");
        assertThat(answer.get("body").asString()).contains("refunded the second charge", "Dana from Billing");
        var view = staff.get("/api/v1/support/tickets/" + ticketId).json();
        assertThat(view.get("ticket").get("firstResponseAt").isNull()).isFalse();
        assertThat(view.get("deliveries").toString()).contains("\"status\":\"sent\"");
        assertThat(staff.get("/api/v1/support/tickets?status=solved&q=" + token).json().get("tickets")).hasSize(1);
    }

    @Test
    void forgedOldOrReplayedInboundCallsAre401AndChangeNothing() throws Exception {
        long question = ask(member("Asker"), "Router lost its settings overnight " + token);
        long ticketId = staff.post("/api/v1/questions/" + question + "/escalate", Map.of()).json().get("id").asLong();
        var body = JSON.writeValueAsString(Map.of("ticket", ticketId, "status", "pending"));
        long now = Instant.now().getEpochSecond();

        assertThat(send(body, now, HelpDesk.signature("whsec_wrong", now, body), "d-" + token + "-1").status()).isEqualTo(401);
        long old = now - 3600;
        assertThat(send(body, old, HelpDesk.signature(secret, old, body), "d-" + token + "-2").status()).isEqualTo(401);
        assertThat(send(body, now, null, "d-" + token + "-3").status()).isEqualTo(401);
        assertThat(staff.get("/api/v1/support/tickets/" + ticketId).json().get("ticket").get("status").asString()).isEqualTo("open");

        var signature = HelpDesk.signature(secret, now, body);
        assertThat(send(body, now, signature, "d-" + token + "-4").status()).isEqualTo(200);
        assertThat(send(body, now, signature, "d-" + token + "-4").status()).isEqualTo(401);
        var bad = JSON.writeValueAsString(Map.of("ticket", ticketId, "status", "closed-forever"));
        assertThat(send(bad, now, HelpDesk.signature(secret, now, bad), "d-" + token + "-5").json().get("errors").toString())
                .contains("status");
    }

    @Test
    void aHangingHelpDeskNeverBlocksTheMemberAndDeadLettersCanBeReplayed() throws Exception {
        var asker = member("Patient");
        long question = ask(asker, "The app crashes when I open settings " + token);
        helpDesk.hold();
        var escalated = asker.post("/api/v1/questions/" + question + "/escalate", Map.of());
        assertThat(escalated.status()).isEqualTo(201);
        assertThat(helpDesk.received()).as("answered before the help desk did").isEmpty();
        helpDesk.open();
        helpDesk.await(r -> r.body().contains(token), 1);

        long other = ask(asker, "The app also crashes on the login screen " + token);
        helpDesk.answerWith(500, 500, 500);
        long ticketId = asker.post("/api/v1/questions/" + other + "/escalate", Map.of()).json().get("id").asLong();
        var dead = awaitDead(ticketId);
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(admin.post("/api/v1/support/deliveries/" + dead.get("id").asLong() + "/replay", Map.of()).status()).isEqualTo(204);
        helpDesk.await(r -> ticketOf(r) == ticketId && r.answeredWith() == 200, 1);
        assertThat(staff.post("/api/v1/support/deliveries/" + dead.get("id").asLong() + "/replay", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void questionsInAMarkedSpaceEscalateOnPostingAndUnansweredOnesAtTheLaddersLastStep() {
        assertThat(admin.put("/api/v1/support/rules/spaces/" + space, Map.of("on", true)).status()).isEqualTo(200);
        var asker = member("Billing asker");
        long question = ask(asker, "I was charged for a plan I cancelled " + token);
        var tickets = staff.get("/api/v1/support/tickets?q=" + token).json().get("tickets");
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).get("cause").asString()).isEqualTo("rule");
        assertThat(tickets.get(0).get("questionId").asLong()).isEqualTo(question);
        admin.put("/api/v1/support/rules/spaces/" + space, Map.of("on", false));

        long waiting = ask(asker, "Nobody knows why my hub keeps blinking " + token);
        long spaceId = db.sql("select space_id from posts where id = :id").param("id", waiting).query(Long.class).single();
        var climbed = new QuestionClimbed(waiting, spaceId, QuestionClimbed.Step.ESCALATION);
        publishAndAwait(climbed, "routing.ladder");
        publishAndAwait(climbed, "routing.ladder");
        publishAndAwait(new QuestionClimbed(ask(asker, "Only in the staff queue " + token), spaceId,
                QuestionClimbed.Step.STAFF_QUEUE), "routing.ladder");
        var all = staff.get("/api/v1/support/tickets?cause=unanswered&q=" + token).json().get("tickets");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("questionId").asLong()).isEqualTo(waiting);
    }

    @Test
    void onlyTheAskerOrChampionsEscalateAndOnlyStaffWorkTickets() {
        long question = ask(member("Owner"), "Why does pairing fail on Android " + token);
        var other = member("Bystander");
        assertThat(other.post("/api/v1/questions/" + question + "/escalate", Map.of()).status()).isEqualTo(403);
        var champion = http.withToken(memberWithRole("champion"));
        long ticketId = champion.post("/api/v1/questions/" + question + "/escalate", Map.of()).json().get("id").asLong();
        assertThat(champion.patch("/api/v1/support/tickets/" + ticketId, Map.of("status", "pending")).status()).isEqualTo(403);
        var changed = staff.patch("/api/v1/support/tickets/" + ticketId, Map.of("status", "pending", "priority", "urgent"));
        assertThat(changed.json().get("priority").asString()).isEqualTo("urgent");
        assertThat(staff.patch("/api/v1/support/tickets/" + ticketId, Map.of("status", "lost")).json().get("errors").toString())
                .contains("status");
        helpDesk.await(r -> ticketOf(r) == ticketId && "ticket.updated".equals(r.headers().get("muster-event")), 1);
        var page = staff.get("/support/tickets");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Median first response");
    }

    private static long ticketOf(WebhookReceiver.Received received) {
        return JSON.readTree(received.body()).get("ticket").get("id").asLong();
    }

    @Test
    void ticketNotesAreMaskedLikePosts() {
        var asker = member("Asker");
        long question = ask(asker, "Charged twice for one order " + token);
        long ticketId = asker.post("/api/v1/questions/" + question + "/escalate", Map.of()).json().get("id").asLong();
        var note = staff.post("/api/v1/support/tickets/" + ticketId + "/notes",
                Map.of("body", "Customer wants a call on +33 6 6614 5197 or a mail to c.dupont@orange.fr"));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        var notes = staff.get("/api/v1/support/tickets/" + ticketId).json().get("notes").toString();
        assertThat(notes).contains("Customer wants a call on [redacted phone number] or a mail to [redacted e-mail address]")
                .doesNotContain("6614", "orange.fr");
        assertThat(db.sql("select payload::text from domain_events where type = 'TicketNoted' and payload->>'ticketId' = :id")
                .param("id", Long.toString(ticketId)).query(String.class).list())
                .singleElement().asString().doesNotContain("6614", "orange.fr");
    }

    private Http member(String name) {
        var email = uniqueEmail("sup");
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    private long ask(Http who, String title) {
        var asked = who.post("/api/v1/questions", Map.of("space", space, "tags", java.util.List.of("router"), "title", title,
                "body", "It happens every time since the last update; I tried restarting. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private Http.Response inbound(Object message) throws Exception {
        var body = JSON.writeValueAsString(message);
        long now = Instant.now().getEpochSecond();
        return send(body, now, HelpDesk.signature(secret, now, body), UUID.randomUUID().toString());
    }

    private Http.Response send(String body, long timestamp, String signature, String delivery) {
        var headers = new java.util.HashMap<String, String>();
        headers.put("Muster-Endpoint", String.valueOf(endpointId));
        headers.put("Muster-Timestamp", String.valueOf(timestamp));
        headers.put("Muster-Delivery", delivery);
        if (signature != null) headers.put("Muster-Signature", signature);
        return new Http("http://localhost:" + port).postSigned("/api/v1/support/webhook", body, headers);
    }

    private JsonNode awaitDead(long ticketId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (var d : admin.get("/api/v1/support/deliveries?status=dead").json())
                if (d.get("ticketId").asLong() == ticketId) return d;
            Thread.sleep(100);
        }
        throw new AssertionError("No dead letter for ticket " + ticketId);
    }
}
