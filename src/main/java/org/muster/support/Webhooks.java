package org.muster.support;

import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.muster.qa.QuestionDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Help-desk endpoints (admins), and the outbox every ticket event goes through. */
@Service
class Webhooks {

    public record NewEndpoint(String name, String url, Long replyAs) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final Members members;
    private final QuestionDocuments questions;
    private final SiteLinks links;
    private final JsonMapper json;

    private final ApplicationEventPublisher events;

    Webhooks(WebhookRepository webhooks, Members members, QuestionDocuments questions, SiteLinks links, JsonMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.webhooks = webhooks;
        this.members = members;
        this.questions = questions;
        this.links = links;
        this.json = json;
    }

    /** Creates an endpoint with a new secret; the returned record is the only time the whole secret is shown. */
    @Transactional
    public WebhookEndpoint create(Actor actor, NewEndpoint input) {
        actor.require(Role.ADMIN);
        var name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || InputText.visibleLength(name) > 100) throw new Invalid("name", "support.endpoint.name");
        var url = input.url() == null ? "" : input.url().strip();
        if (!validUrl(url)) throw new Invalid("url", "support.endpoint.url");
        if (input.replyAs() == null) throw new Invalid("replyAs", "support.endpoint.reply-as");
        var agent = members.standing(input.replyAs()).orElseThrow(() -> new Invalid("replyAs", "support.endpoint.reply-as"));
        if (!agent.role().atLeast(Role.STAFF)) throw new Invalid("replyAs", "support.endpoint.reply-as");
        var secret = "whsec_" + HexFormat.of().formatHex(bytes(32));
        long id = webhooks.insertEndpoint(name, url, secret, input.replyAs());
        events.publishEvent(new WebhookEndpointAdded(id, actor.memberId()));
        return webhooks.findEndpoint(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> endpoints(Actor actor) {
        actor.require(Role.ADMIN);
        return webhooks.endpoints();
    }

    @Transactional
    public void setActive(Actor actor, long id, boolean active) {
        actor.require(Role.ADMIN);
        webhooks.findEndpoint(id).orElseThrow(NotFound::new);
        webhooks.setActive(id, active);
        events.publishEvent(active ? new WebhookEndpointEnabled(id, actor.memberId()) : new WebhookEndpointDisabled(id, actor.memberId()));
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Actor actor, String status) {
        actor.require(Role.ADMIN);
        var wanted = status == null ? "" : status.strip();
        if (!List.of("", "pending", "sent", "dead").contains(wanted)) throw new Invalid("status", "support.delivery.status");
        return webhooks.list(wanted, 200);
    }

    @Transactional
    public void replay(Actor actor, long deliveryId) {
        actor.require(Role.ADMIN);
        if (!webhooks.replay(deliveryId)) throw new NotFound();
        events.publishEvent(new WebhookDeliveryReplayed(deliveryId, actor.memberId()));
    }

    /**
     * Writes the event for every active endpoint, in the caller's transaction: the ticket change and
     * its deliveries commit together or not at all. The endpoint the change came from is skipped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(Ticket ticket, String event, Long fromEndpoint) {
        var endpoints = webhooks.activeEndpoints().stream().filter(e -> fromEndpoint == null || e.id() != fromEndpoint).toList();
        if (endpoints.isEmpty()) return;
        var payload = json.writeValueAsString(payload(ticket, event));
        for (var endpoint : endpoints) webhooks.enqueue(endpoint.id(), ticket.id(), event, payload);
    }

    private Map<String, Object> payload(Ticket ticket, String event) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event", event);
        body.put("occurredAt", Instant.now().toString());
        var t = new LinkedHashMap<String, Object>();
        t.put("id", ticket.id());
        t.put("status", ticket.status());
        t.put("priority", ticket.priority());
        t.put("cause", ticket.cause());
        t.put("subject", ticket.subject());
        t.put("createdAt", ticket.createdAt().toString());
        t.put("assigneeId", ticket.assigneeId());
        t.put("url", links.absolute("/support/tickets/" + ticket.id()));
        body.put("ticket", t);
        questions.byIds(List.of(ticket.questionId())).stream().findFirst().ifPresent(q -> {
            var question = new LinkedHashMap<String, Object>();
            question.put("id", q.id());
            question.put("title", q.title());
            question.put("text", q.text());
            question.put("tags", q.tags());
            question.put("url", links.absolute("/questions/" + q.id()));
            body.put("question", question);
        });
        if (ticket.askerId() != null) {
            var asker = new LinkedHashMap<String, Object>();
            asker.put("id", ticket.askerId());
            asker.put("name", members.summaries(List.of(ticket.askerId())).get(ticket.askerId()).displayName());
            asker.put("email", members.emailOf(ticket.askerId()).orElse(null));
            body.put("asker", asker);
        }
        return body;
    }

    private static byte[] bytes(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean validUrl(String url) {
        try {
            var uri = URI.create(url);
            return (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null
                    && url.length() <= 2000;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
