package org.muster.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.muster.platform.WebhookSignature;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Support")
class SupportApi {

    record NoteInput(String body) {
    }

    record RuleInput(Boolean on) {
    }

    record ActiveInput(Boolean active) {
    }

    record TicketPage(List<Ticket> tickets, TicketFigures figures) {
    }

    private final TicketService tickets;
    private final Escalations escalations;
    private final Webhooks webhooks;
    private final InboundWebhook inbound;

    SupportApi(TicketService tickets, Escalations escalations, Webhooks webhooks, InboundWebhook inbound) {
        this.tickets = tickets;
        this.escalations = escalations;
        this.webhooks = webhooks;
        this.inbound = inbound;
    }

    @PostMapping("/api/v1/questions/{id}/escalate")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Escalate a question to official support (its asker, champions, moderators, staff); 409 when already escalated")
    Ticket escalate(@PathVariable long id, Actor actor) {
        return tickets.escalate(actor, id);
    }

    @GetMapping("/api/v1/support/tickets")
    @Operation(summary = "Tickets for staff, filtered by status, priority, assignee (id or 'none'), cause and subject text, with response-time figures")
    TicketPage list(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
                    @RequestParam(required = false) String assignee, @RequestParam(required = false) String cause,
                    @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Actor actor) {
        return new TicketPage(tickets.list(actor, SupportPages.filter(status, priority, assignee, cause, q), page),
                tickets.figures(actor));
    }

    @GetMapping("/api/v1/support/tickets/mine")
    @Operation(summary = "The signed-in member's own tickets")
    List<Ticket> mine(Actor actor) {
        return tickets.mine(actor);
    }

    @GetMapping("/api/v1/support/tickets/{id}")
    @Operation(summary = "A ticket with its history; staff also get private notes and webhook deliveries")
    TicketService.TicketView get(@PathVariable long id, Actor actor) {
        return tickets.view(actor, id);
    }

    @PatchMapping("/api/v1/support/tickets/{id}")
    @Operation(summary = "Staff: change status (open|pending|solved), priority (low|normal|high|urgent) or assignee")
    Ticket change(@PathVariable long id, @RequestBody TicketService.TicketChange change, Actor actor) {
        return tickets.change(actor, id, change);
    }

    @PostMapping("/api/v1/support/tickets/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: add a private note to a ticket {body}; secrets and personal data are masked as in posts")
    TicketNote note(@PathVariable long id, @RequestBody NoteInput input, Actor actor) {
        return tickets.note(actor, id, input.body());
    }

    @PostMapping(value = "/api/v1/support/webhook", consumes = "application/json")
    @Operation(summary = "Inbound from the help desk, signed: headers Muster-Endpoint, Muster-Timestamp, Muster-Delivery, "
            + "Muster-Signature (v1=hex HMAC-SHA256 of 'timestamp.body'); body {ticket, status, priority, reply: {body, agent}}")
    Ticket webhook(@RequestHeader(value = WebhookSignature.ENDPOINT, required = false) String endpoint,
                   @RequestHeader(value = WebhookSignature.TIMESTAMP, required = false) String timestamp,
                   @RequestHeader(value = WebhookSignature.SIGNATURE, required = false) String signature,
                   @RequestHeader(value = WebhookSignature.DELIVERY, required = false) String delivery,
                   @RequestBody String body) {
        return inbound.receive(endpoint, timestamp, signature, delivery, body);
    }

    @GetMapping("/api/v1/support/endpoints")
    @Operation(summary = "Admins: help-desk webhook endpoints (secrets shown only as a hint)")
    List<EndpointJson> endpoints(Actor actor) {
        return webhooks.endpoints(actor).stream().map(e -> EndpointJson.of(e, false)).toList();
    }

    @PostMapping("/api/v1/support/endpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: add an endpoint {name, url, replyAs (a staff member's id)}; the answer holds its secret, once")
    EndpointJson addEndpoint(@RequestBody Webhooks.NewEndpoint input, Actor actor) {
        return EndpointJson.of(webhooks.create(actor, input), true);
    }

    @PatchMapping("/api/v1/support/endpoints/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Admins: switch an endpoint on or off {active}")
    void setActive(@PathVariable long id, @RequestBody ActiveInput input, Actor actor) {
        webhooks.setActive(actor, id, !Boolean.FALSE.equals(input.active()));
    }

    @GetMapping("/api/v1/support/deliveries")
    @Operation(summary = "Admins: webhook deliveries, newest first; status=dead lists the dead letters")
    List<Delivery> deliveries(@RequestParam(required = false) String status, Actor actor) {
        return webhooks.deliveries(actor, status);
    }

    @PostMapping("/api/v1/support/deliveries/{id}/replay")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Admins: send a dead delivery again, with a fresh set of retries")
    void replay(@PathVariable long id, Actor actor) {
        webhooks.replay(actor, id);
    }

    @GetMapping("/api/v1/support/rules")
    @Operation(summary = "Admins: spaces and tags that escalate on posting; unanswered questions escalate at the last step of "
            + "their space's response-time ladder (/api/v1/spaces/{slug}/ladder)")
    Escalations.Rules rules(Actor actor) {
        return escalations.rules(actor);
    }

    @PutMapping("/api/v1/support/rules/spaces/{slug}")
    @Operation(summary = "Admins: questions posted in this space escalate at once {on}")
    Escalations.Rules spaceRule(@PathVariable String slug, @RequestBody RuleInput input, Actor actor) {
        escalations.escalateSpace(actor, slug, !Boolean.FALSE.equals(input.on()));
        return escalations.rules(actor);
    }

    @PutMapping("/api/v1/support/rules/tags/{tag}")
    @Operation(summary = "Admins: questions posted with this tag escalate at once {on}")
    Escalations.Rules tagRule(@PathVariable String tag, @RequestBody RuleInput input, Actor actor) {
        escalations.escalateTag(actor, tag, !Boolean.FALSE.equals(input.on()));
        return escalations.rules(actor);
    }
}
