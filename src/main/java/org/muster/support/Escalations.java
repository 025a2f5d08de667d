package org.muster.support;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionDocuments;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Escalation without a person: questions in spaces or with tags admins marked (billing, security,
 * outage) go to support as they are posted. Questions nobody answered go when they reach the last
 * step of their space's response-time ladder ({@link UnansweredEscalations}).
 */
@Service
class Escalations {

    public record Rules(List<Long> spaceIds, List<String> tags) {
    }

    private final TicketRepository tickets;
    private final TicketService ticketService;
    private final QuestionDocuments documents;
    private final SpaceService spaces;

    private final ApplicationEventPublisher events;

    Escalations(TicketRepository tickets, TicketService ticketService, QuestionDocuments documents,
                SpaceService spaces, ApplicationEventPublisher events) {
        this.events = events;
        this.tickets = tickets;
        this.ticketService = ticketService;
        this.documents = documents;
        this.spaces = spaces;
    }

    /** In the asking transaction, so the question and its ticket are stored together. A held question waits. */
    @EventListener
    void on(QuestionAsked asked) {
        var spaceRules = tickets.ruleSpaces();
        var tagRules = new HashSet<>(tickets.ruleTags());
        if (spaceRules.isEmpty() && tagRules.isEmpty()) return;
        var question = documents.byIds(List.of(asked.questionId())).stream().findFirst();
        if (question.isEmpty() || question.get().deleted()) return;
        if (spaceRules.contains(asked.spaceId()) || question.get().tags().stream().anyMatch(tagRules::contains))
            ticketService.escalateBySystem(asked.questionId(), "rule");
    }

    @Transactional(readOnly = true)
    public Rules rules(Actor actor) {
        actor.require(Role.ADMIN);
        return new Rules(tickets.ruleSpaces(), tickets.ruleTags());
    }

    @Transactional
    public void escalateSpace(Actor actor, String spaceSlug, boolean on) {
        actor.require(Role.ADMIN);
        long spaceId = spaces.view(actor, spaceSlug).space().id();
        if (on) {
            if (tickets.addSpaceRule(spaceId))
                events.publishEvent(new EscalationRuleAdded("space:" + spaceId, actor.memberId()));
        } else {
            if (tickets.removeSpaceRule(spaceId))
                events.publishEvent(new EscalationRuleRemoved("space:" + spaceId, actor.memberId()));
        }
    }

    @Transactional
    public void escalateTag(Actor actor, String tag, boolean on) {
        actor.require(Role.ADMIN);
        var name = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 40) throw new Invalid("tag", "support.rule.tag");
        if (on) {
            if (tickets.addTagRule(name))
                events.publishEvent(new EscalationRuleAdded("tag:" + name, actor.memberId()));
        } else {
            if (tickets.removeTagRule(name))
                events.publishEvent(new EscalationRuleRemoved("tag:" + name, actor.memberId()));
        }
    }
}
