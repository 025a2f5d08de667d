package org.muster.routing;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.SiteLinks;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.PostVisibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one event's deliveries for every endpoint subscribed to its type. A public endpoint gets only
 * what a visitor of the site could see, judged here as a visitor and again by the worker when it sends;
 * an internal one gets every event. No payload carries an e-mail address.
 */
@Component
class EventHookOutbox {

    private static final int EXCERPT = 280;

    private final EventHookRepository hooks;
    private final PostVisibility visibility;
    private final QuestionDocuments questions;
    private final Members members;
    private final SiteLinks links;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Locale siteLocale;

    EventHookOutbox(EventHookRepository hooks, PostVisibility visibility, QuestionDocuments questions, Members members,
                    SiteLinks links, MessageSource messages, JsonMapper json,
                    @Value("${spring.web.locale:en}") Locale siteLocale) {
        this.hooks = hooks;
        this.visibility = visibility;
        this.questions = questions;
        this.members = members;
        this.links = links;
        this.messages = messages;
        this.json = json;
        this.siteLocale = siteLocale;
    }

    void offer(EventHookFact fact) {
        var subscribed = hooks.listActiveFor(fact.type());
        if (subscribed.isEmpty()) return;
        boolean visitorsSee = !fact.type().internalOnly() && visibleToVisitors(fact.questionId(), fact.answerId());
        var targets = subscribed.stream().filter(h -> h.internal() || visitorsSee).toList();
        if (targets.isEmpty()) return;
        var body = payload(fact);
        var slack = json.writeValueAsString(Map.of("text", slackText(fact, body)));
        var muster = json.writeValueAsString(body);
        for (var hook : targets)
            hooks.insertDelivery(hook.id(), fact.type(), fact.eventId(), fact.questionId(), fact.answerId(),
                    hook.format() == EventHookFormat.SLACK ? slack : muster);
    }

    /** Whether a visitor may see the question and answer (none: nothing to hide). */
    boolean visibleToVisitors(Long questionId, Long answerId) {
        var ids = new ArrayList<Long>();
        if (questionId != null) ids.add(questionId);
        if (answerId != null) ids.add(answerId);
        return ids.isEmpty() || visibility.visiblePosts(Actor.visitor(), ids).containsAll(ids);
    }

    private Map<String, Object> payload(EventHookFact fact) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", fact.eventId());
        body.put("type", fact.type().publicName());
        body.put("occurredAt", fact.occurredAt().toString());
        var question = fact.questionId() == null ? null : questions.byIds(List.of(fact.questionId())).stream().findFirst().orElse(null);
        if (question != null) {
            var q = new LinkedHashMap<String, Object>();
            q.put("id", question.id());
            q.put("title", question.title());
            q.put("excerpt", excerpt(question.text()));
            q.put("tags", question.tags());
            q.put("url", links.absolute("/questions/" + question.id()));
            body.put("question", q);
        }
        var answer = fact.answerId() == null ? null : questions.answerTexts(List.of(fact.answerId())).get(fact.answerId());
        if (answer != null) {
            var a = new LinkedHashMap<String, Object>();
            a.put("id", fact.answerId());
            a.put("excerpt", excerpt(answer));
            a.put("url", links.absolute("/questions/" + fact.questionId() + "#post-" + fact.answerId()));
            body.put("answer", a);
        }
        if (fact.memberId() != null) {
            var summary = members.summaries(List.of(fact.memberId())).get(fact.memberId());
            var m = new LinkedHashMap<String, Object>();
            m.put("id", fact.memberId());
            m.put("name", summary == null ? null : summary.displayName());
            m.put("url", links.absolute("/members/" + fact.memberId()));
            body.put("member", m);
        }
        body.putAll(fact.details());
        return body;
    }

    /**
     * The line Slack shows, from the message bundle in the site's language: {0} the question's title,
     * {1} the link, {2} the member's name; text from members escaped as Slack asks.
     */
    @SuppressWarnings("unchecked")
    private String slackText(EventHookFact fact, Map<String, Object> body) {
        var question = (Map<String, Object>) body.get("question");
        var answer = (Map<String, Object>) body.get("answer");
        var member = (Map<String, Object>) body.get("member");
        var link = answer != null ? answer.get("url") : question != null ? question.get("url") : member != null ? member.get("url") : "";
        return messages.getMessage(fact.type().messageKey(), new Object[]{
                slackEscaped(question == null ? "" : String.valueOf(question.get("title"))), link,
                slackEscaped(member == null || member.get("name") == null ? "" : String.valueOf(member.get("name")))},
                siteLocale);
    }

    private static String excerpt(String plainText) {
        var text = plainText == null ? "" : plainText.strip().replaceAll("\\s+", " ");
        if (text.length() <= EXCERPT) return text;
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
