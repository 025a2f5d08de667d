package org.muster.support;

import org.muster.platform.InputText;
import org.muster.platform.ActorDirectory;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.Unauthenticated;
import org.muster.qa.AnswerService;
import org.muster.qa.PostAnswer;
import org.muster.platform.WebhookSignature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * What the help desk sends back: a status or priority change and the agent's reply, which goes on
 * the thread as an answer by staff, validated, so the question is solved where the next member looks.
 * Refused with 401, changing nothing, unless signed with the endpoint's secret within five minutes
 * and never seen before.
 */
@Service
class InboundWebhook {

    static final long TOLERANCE_SECONDS = 300;

    private final WebhookRepository webhooks;
    private final TicketService tickets;
    private final TicketRepository ticketRepository;
    private final AnswerService answers;
    private final ActorDirectory actors;
    private final JsonMapper json;

    InboundWebhook(WebhookRepository webhooks, TicketService tickets, TicketRepository ticketRepository,
                   AnswerService answers, ActorDirectory actors, JsonMapper json) {
        this.webhooks = webhooks;
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
        this.answers = answers;
        this.actors = actors;
        this.json = json;
    }

    @Transactional
    public Ticket receive(String endpointId, String timestamp, String signature, String deliveryId, String body) {
        var endpoint = authenticate(endpointId, timestamp, signature, deliveryId, body);
        var message = parse(body);
        long ticketId = message.path("ticket").asLong(0);
        var ticket = ticketRepository.find(ticketId).orElseThrow(NotFound::new);
        var status = text(message, "status");
        if (status != null && !TicketService.STATUSES.contains(status)) throw new Invalid("status", "support.ticket.status", status);
        var priority = text(message, "priority");
        if (priority != null && !TicketService.PRIORITIES.contains(priority))
            throw new Invalid("priority", "support.ticket.priority", priority);
        Long answerId = null;
        String agent = null;
        var reply = message.path("reply");
        if (!reply.isMissingNode() && !reply.isNull()) {
            var replyBody = text(reply, "body");
            if (replyBody == null || replyBody.isBlank()) throw new Invalid("reply.body", "post.body.required");
            agent = text(reply, "agent");
            var staff = actors.byMemberId(endpoint.replyAs()).filter(a -> a.has(Role.STAFF))
                    .orElseThrow(() -> new Invalid("reply", "support.webhook.agent"));
            var answer = answers.answer(staff, ticket.questionId(), new PostAnswer(signed(replyBody, agent)));
            answers.validate(staff, answer.id(), true);
            answerId = answer.id();
        }
        return tickets.applyFromHelpDesk(endpoint, ticketId, status, priority, answerId, agent);
    }

    private WebhookEndpoint authenticate(String endpointId, String timestamp, String signature, String deliveryId,
                                         String body) {
        long id;
        long sentAt;
        try {
            id = Long.parseLong(endpointId == null ? "" : endpointId.strip());
            sentAt = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            throw new Unauthenticated("support.webhook.signature");
        }
        var endpoint = webhooks.findEndpoint(id).filter(WebhookEndpoint::active)
                .orElseThrow(() -> new Unauthenticated("support.webhook.signature"));
        if (Math.abs(Instant.now().getEpochSecond() - sentAt) > TOLERANCE_SECONDS)
            throw new Unauthenticated("support.webhook.expired");
        if (!WebhookSignature.verify(endpoint.secret(), sentAt, body, signature))
            throw new Unauthenticated("support.webhook.signature");
        if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 200)
            throw new Unauthenticated("support.webhook.delivery");
        if (!webhooks.recordInbound(id, deliveryId.strip())) throw new Unauthenticated("support.webhook.replayed");
        return endpoint;
    }

    private JsonNode parse(String body) {
        try {
            var node = json.readTree(body);
            if (node == null || !node.isObject()) throw new Invalid("body", "support.webhook.body");
            return node;
        } catch (JacksonException e) {
            throw new Invalid("body", "support.webhook.body");
        }
    }

    /** The body is read as a tree to check its signature first, so its text is normalised here, as a request's would be. */
    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : InputText.normalise(value.asString()).strip();
    }

    private static String signed(String body, String agent) {
        return agent == null || agent.isBlank() ? body.strip() : body.strip() + "\n\n— " + agent.strip();
    }
}
