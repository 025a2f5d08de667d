package org.muster.support;

import org.muster.accounts.Members;
import org.muster.moderation.Redactions;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.muster.qa.Question;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets: opened by escalation, worked by staff, seen by the asker; every change goes to the help desk. */
@Service
@NamedInterface("tickets")
public class TicketService {

    public static final List<String> STATUSES = List.of("open", "pending", "solved");
    public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
    public static final int PAGE_SIZE = 50;

    public record TicketChange(String status, String priority, Long assigneeId, Boolean unassign) {
    }

    public record TicketView(Ticket ticket, Question question, List<TicketEvent> events, List<TicketNote> notes,
                             List<Delivery> deliveries, Map<Long, String> names, boolean staff) {
    }

    private final TicketRepository tickets;
    private final WebhookRepository webhookRepository;
    private final Webhooks webhooks;
    private final QuestionService questions;
    private final QuestionDocuments documents;
    private final Members members;
    private final Mailer mailer;
    private final SiteLinks links;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Redactions redactions;

    TicketService(TicketRepository tickets, WebhookRepository webhookRepository, Webhooks webhooks,
                  QuestionService questions, QuestionDocuments documents, Members members, Mailer mailer, SiteLinks links, JsonMapper json,
                  ApplicationEventPublisher events, Redactions redactions) {
        this.redactions = redactions;
        this.tickets = tickets;
        this.webhookRepository = webhookRepository;
        this.webhooks = webhooks;
        this.questions = questions;
        this.documents = documents;
        this.members = members;
        this.mailer = mailer;
        this.links = links;
        this.json = json;
        this.events = events;
    }

    /** The asker escalates their own question; champions, moderators and staff any they can see. */
    @Transactional
    public Ticket escalate(Actor actor, long questionId) {
        long memberId = actor.requireMember();
        var question = questions.get(actor, questionId);
        boolean asker = question.authorId() != null && question.authorId() == memberId;
        if (!asker && !actor.has(Role.CHAMPION)) throw new Forbidden("support.escalate.forbidden");
        if (question.deleted()) throw new Conflict(null, "question.deleted");
        return open(question.id(), question.spaceId(), question.authorId(), question.title(), asker ? "member" : "staff", memberId)
                .orElseThrow(() -> new Conflict(null, "support.escalate.already"));
    }

    /** Escalation without a person: a rule on posting, or the ladder's last step. Empty when already escalated. */
    @Transactional
    Optional<Ticket> escalateBySystem(long questionId, String cause) {
        var question = documents.byIds(List.of(questionId)).stream().findFirst();
        if (question.isEmpty() || question.get().deleted()) return Optional.empty();
        var q = question.get();
        return open(q.id(), q.spaceId(), q.authorId(), q.title(), cause, null);
    }

    private Optional<Ticket> open(long questionId, long spaceId, Long askerId, String title, String cause, Long by) {
        var priority = cause.equals("rule") ? "high" : "normal";
        var id = tickets.insert(questionId, spaceId, askerId, title, priority, cause, by);
        if (id.isEmpty()) return Optional.empty();
        tickets.addEvent(id.get(), "created", by, json.writeValueAsString(Map.of("cause", cause)));
        questions.markEscalated(questionId);
        var ticket = tickets.find(id.get()).orElseThrow();
        webhooks.enqueue(ticket, "ticket.created", null);
        events.publishEvent(new TicketOpened(ticket.id(), questionId, cause));
        if (askerId != null && (by == null || by.longValue() != askerId))
            tellAsker(ticket, "support/ticket-opened");
        return Optional.of(ticket);
    }

    @Transactional(readOnly = true)
    public List<Ticket> list(Actor actor, TicketRepository.Filter filter, int page) {
        actor.require(Role.STAFF);
        return tickets.list(filter, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public TicketFigures figures(Actor actor) {
        actor.require(Role.STAFF);
        return tickets.figures();
    }

    /** Tickets not solved yet (open or pending), in every space: a figure for the site's operators' monitoring. */
    @Transactional(readOnly = true)
    public long countUnsolved() {
        return tickets.countUnsolved();
    }

    /** Deliveries to the help desk waiting in the outbox (never sent yet, or to be tried again). */
    @Transactional(readOnly = true)
    public long countPendingDeliveries() {
        return webhookRepository.countPending();
    }

    /** The asker's own tickets. */
    @Transactional(readOnly = true)
    public List<Ticket> mine(Actor actor) {
        return tickets.listByAsker(actor.requireMember());
    }

    /** Staff see everything; the asker sees status and history, never the private notes. Others get 404. */
    @Transactional(readOnly = true)
    public TicketView view(Actor actor, long id) {
        var ticket = visible(actor, tickets.find(id).orElseThrow(NotFound::new));
        boolean staff = actor.has(Role.STAFF);
        var question = questions.get(actor, ticket.questionId());
        var history = tickets.events(id);
        var notes = staff ? tickets.notes(id) : List.<TicketNote>of();
        var people = new java.util.HashSet<Long>();
        history.forEach(e -> { if (e.actorId() != null) people.add(e.actorId()); });
        if (ticket.assigneeId() != null) people.add(ticket.assigneeId());
        if (ticket.askerId() != null) people.add(ticket.askerId());
        var names = new LinkedHashMap<Long, String>();
        members.summaries(people).forEach((memberId, summary) -> names.put(memberId, summary.displayName()));
        return new TicketView(ticket, question, history, notes,
                staff ? webhookRepository.listForTicket(id) : List.of(), names, staff);
    }

    /** The ticket of a question, for the link on the thread. */
    @Transactional(readOnly = true)
    public Ticket ofQuestion(Actor actor, long questionId) {
        return visible(actor, tickets.findByQuestion(questionId).orElseThrow(NotFound::new));
    }

    @Transactional
    public Ticket change(Actor actor, long id, TicketChange change) {
        actor.require(Role.STAFF);
        var ticket = tickets.lock(id).orElseThrow(NotFound::new);
        var status = change.status() == null ? ticket.status() : change.status().strip();
        if (!Choices.isOneOf(status, STATUSES)) throw new Invalid("status", "support.ticket.status", status);
        var priority = change.priority() == null ? ticket.priority() : change.priority().strip();
        if (!Choices.isOneOf(priority, PRIORITIES)) throw new Invalid("priority", "support.ticket.priority", priority);
        Long assignee = Boolean.TRUE.equals(change.unassign()) ? null
                : change.assigneeId() == null ? ticket.assigneeId() : change.assigneeId();
        if (assignee != null && !assignee.equals(ticket.assigneeId())) {
            var agent = members.standing(assignee).orElseThrow(() -> new Invalid("assigneeId", "support.ticket.assignee"));
            if (!agent.role().atLeast(Role.STAFF)) throw new Invalid("assigneeId", "support.ticket.assignee");
        }
        return apply(ticket, status, priority, assignee, actor.memberId(), null);
    }

    @Transactional
    public TicketNote note(Actor actor, long id, String body) {
        actor.require(Role.STAFF);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty() || InputText.visibleLength(text) > 10_000) throw new Invalid("body", "support.note.length");
        var ticket = tickets.find(id).orElseThrow(NotFound::new);
        long noteId = tickets.addNote(id, actor.memberId(), actor.displayName(), redactions.mask(text, Redactions.Source.TICKET));
        tickets.addEvent(id, "note", actor.memberId(), "{}");
        events.publishEvent(new TicketNoted(id, ticket.questionId(), noteId, actor.memberId()));
        return tickets.notes(id).stream().filter(n -> n.id() == noteId).findFirst().orElseThrow();
    }

    /** A change from the help desk (already authenticated by its signature). */
    @Transactional
    Ticket applyFromHelpDesk(WebhookEndpoint endpoint, long id, String status, String priority, Long answerId,
                             String agent) {
        var ticket = tickets.lock(id).orElseThrow(NotFound::new);
        var newStatus = status == null ? (answerId != null ? "solved" : ticket.status()) : status;
        var newPriority = priority == null ? ticket.priority() : priority;
        if (answerId != null) {
            tickets.markResponded(id);
            var detail = new LinkedHashMap<String, Object>();
            detail.put("answerId", answerId);
            detail.put("agent", agent);
            tickets.addEvent(id, "reply", endpoint.replyAs(), json.writeValueAsString(detail));
        }
        return apply(ticket, newStatus, newPriority, ticket.assigneeId(), endpoint.replyAs(), endpoint.id());
    }

    private Ticket apply(Ticket ticket, String status, String priority, Long assignee, Long by, Long fromEndpoint) {
        var detail = new LinkedHashMap<String, Object>();
        if (!status.equals(ticket.status())) detail.put("status", List.of(ticket.status(), status));
        if (!priority.equals(ticket.priority())) detail.put("priority", List.of(ticket.priority(), priority));
        if (!java.util.Objects.equals(assignee, ticket.assigneeId()))
            detail.put("assignee", java.util.Arrays.asList(ticket.assigneeId(), assignee));
        if (detail.isEmpty() && fromEndpoint == null) return ticket;
        tickets.update(ticket.id(), status, priority, assignee);
        if (!detail.isEmpty()) tickets.addEvent(ticket.id(), "changed", by, json.writeValueAsString(detail));
        var updated = tickets.find(ticket.id()).orElseThrow();
        webhooks.enqueue(updated, status.equals("solved") && !ticket.status().equals("solved") ? "ticket.solved" : "ticket.updated",
                fromEndpoint);
        events.publishEvent(new TicketChanged(updated.id(), updated.questionId(), status, String.join(",", detail.keySet())));
        if (detail.containsKey("status"))
            tellAsker(updated, "support/ticket-changed");
        return updated;
    }

    private Ticket visible(Actor actor, Ticket ticket) {
        if (actor.has(Role.STAFF)) return ticket;
        if (ticket.askerId() != null && actor.isMember(ticket.askerId())) return ticket;
        throw new NotFound();
    }

    private void tellAsker(Ticket ticket, String template) {
        if (ticket.askerId() == null) return;
        mailer.send(ticket.askerId(), template, Map.of("subject", ticket.subject(), "status", ticket.status(),
                "link", links.absolute("/support/tickets/" + ticket.id())));
    }
}
