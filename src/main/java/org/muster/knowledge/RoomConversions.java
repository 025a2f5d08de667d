package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.ActorDirectory;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.muster.qa.AnswerService;
import org.muster.qa.AskQuestion;
import org.muster.qa.PostAnswer;
import org.muster.qa.QuestionService;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Knowledge not lost in chat: selected messages of a two-person conversation become a question asked by
 * the asker (the first message's author) with the helper's answer, each posted as its own author through
 * Q&A, so that reputation, acceptance and notifications go to the people who wrote the words. Staff,
 * moderators, champions and the two authors may do it. The question links to the conversation in the room;
 * the room marks the messages with the question.
 */
@Service
@NamedInterface("api")
public class RoomConversions {

    static final int MAX_MESSAGES = 50;
    private static final int MAX_TITLE = 150;

    private final HelpRooms rooms;
    private final RoomMessageRepository messages;
    private final SpaceService spaces;
    private final QuestionService questions;
    private final AnswerService answers;
    private final ActorDirectory actors;
    private final SiteLinks links;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;

    RoomConversions(HelpRooms rooms, RoomMessageRepository messages, SpaceService spaces, QuestionService questions,
                    AnswerService answers, ActorDirectory actors, SiteLinks links, MessageSource texts,
                    ApplicationEventPublisher events) {
        this.rooms = rooms;
        this.messages = messages;
        this.spaces = spaces;
        this.questions = questions;
        this.answers = answers;
        this.actors = actors;
        this.links = links;
        this.texts = texts;
        this.events = events;
    }

    /** The conversation the selected messages make, for the form that turns it into a question. */
    @Transactional(readOnly = true)
    public RoomConversation preview(Actor actor, String slug, List<Long> messageIds) {
        actor.requireMember();
        var space = spaces.view(actor, slug).space();
        var selected = selected(actor, space.id(), messageIds);
        long askerId = selected.getFirst().authorId();
        var asked = selected.stream().filter(m -> m.authorId() == askerId).toList();
        var answered = selected.stream().filter(m -> m.authorId() != askerId).toList();
        if (answered.isEmpty()) throw new Invalid("messages", "room.convert.no-helper");
        long helperId = answered.getFirst().authorId();
        if (answered.stream().anyMatch(m -> m.authorId() != helperId)) throw new Invalid("messages", "room.convert.two-people");
        if (!actor.has(Role.CHAMPION) && !actor.isMember(askerId) && !actor.isMember(helperId))
            throw new Forbidden("room.convert.forbidden");
        var summary = RoomSummaries.of(plain(asked), plain(answered));
        return new RoomConversation(space, title(asked.getFirst()), askerId, asked.getFirst().authorName(), helperId,
                answered.getFirst().authorName(), asked, answered, summary);
    }

    @Transactional
    public RoomConversionResult convert(Actor actor, String slug, ConvertConversation input) {
        var conversation = preview(actor, slug, input.messages());
        var title = input.title() == null || input.title().isBlank() ? conversation.title() : input.title().strip();
        var asker = author(actor, conversation.askerId());
        var helper = author(actor, conversation.helperId());
        var first = conversation.asked().getFirst().id();
        var locale = LocaleContextHolder.getLocale();
        var from = links.absolute("/spaces/" + conversation.space().slug() + "/room?from=" + first + "#message-" + first);
        var body = join(conversation.asked()) + "\n\n---\n\n" + texts.getMessage("room.convert.from-room", new Object[]{from}, locale);
        var answerBody = (conversation.summary().isEmpty() ? ""
                : "**" + texts.getMessage("room.convert.summary-label", null, locale) + "** " + conversation.summary() + "\n\n")
                + join(conversation.answered());
        var question = questions.ask(asker, new AskQuestion(conversation.space().slug(), title, body,
                input.tags() == null ? List.of() : input.tags(), Map.of()));
        var answer = answers.answer(helper, question.id(), new PostAnswer(answerBody));
        var ids = conversation.asked().stream().map(RoomMessage::id).toList();
        var all = new java.util.ArrayList<>(ids);
        conversation.answered().forEach(m -> all.add(m.id()));
        messages.markConverted(all, question.id());
        events.publishEvent(new RoomConversationConverted(conversation.space().id(), question.id(), answer.id(),
                actor.memberId(), all.stream().sorted().toList()));
        return new RoomConversionResult(question.id(), answer.id());
    }

    /** The selected messages, oldest first: each shown in this room and not yet turned into a question. */
    private List<RoomMessage> selected(Actor actor, long spaceId, List<Long> messageIds) {
        if (messageIds == null || messageIds.stream().anyMatch(Objects::isNull)) throw new Invalid("messages", "room.convert.selection");
        var ids = messageIds.stream().distinct().toList();
        if (ids.size() < 2 || ids.size() > MAX_MESSAGES) throw new Invalid("messages", "room.convert.count", MAX_MESSAGES);
        var rows = messages.listSelected(spaceId, ids);
        if (rows.size() != ids.size() || rows.stream().anyMatch(r -> !r.state().equals("shown")))
            throw new Invalid("messages", "room.convert.selection");
        if (rows.stream().anyMatch(r -> r.questionId() != null)) throw new Conflict("messages", "room.convert.already");
        return rooms.seen(actor, rows);
    }

    /** The author acts for their own words; one who can no longer act (suspended, erased) cannot be posted for. */
    private Actor author(Actor converter, long memberId) {
        if (converter.isMember(memberId)) return converter;
        return actors.byMemberId(memberId).orElseThrow(() -> new Conflict("messages", "room.convert.author-away"));
    }

    /** The first line of the asker's first message, as long as a title may be. */
    private static String title(RoomMessage first) {
        var text = Markdown.plainText(first.bodyHtml());
        var line = InputText.singleLine(text).strip();
        if (line.length() <= MAX_TITLE) return line;
        int cut = line.lastIndexOf(' ', MAX_TITLE - 1);
        return line.substring(0, cut > 15 ? cut : MAX_TITLE - 1) + "…";
    }

    private static List<String> plain(List<RoomMessage> selected) {
        return selected.stream().map(m -> Markdown.plainText(m.bodyHtml())).toList();
    }

    private static String join(List<RoomMessage> selected) {
        return String.join("\n\n", selected.stream().map(RoomMessage::body).toList());
    }
}
