package org.muster.knowledge;

import org.muster.accounts.Members;
import org.muster.moderation.FlagService;
import org.muster.platform.Actor;
import org.muster.platform.Choices;
import org.muster.platform.Conflict;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.qa.Draft;
import org.muster.qa.PostGuard;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every space's help room: whoever may see the space reads its room (visitors too, in public spaces), every
 * member who may see it writes there. Messages pass moderation's checks for posts (sanctions, trust limits,
 * secrets masked, spam held) and are moderated like posts, by moderators and above.
 */
@Service
@NamedInterface("api")
public class HelpRooms {

    static final int MAX_LENGTH = 4000;
    static final int PAGE = 50;
    static final List<String> ACTIONS = List.of("show", "hide", "redact", "delete");
    /** Chat comes in bursts, but more than this a minute is a script or a flood. */
    private static final int PER_MINUTE = 12;

    private final RoomMessageRepository messages;
    private final SpaceService spaces;
    private final Members members;
    private final PostGuard guard;
    private final Markdown markdown;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;

    HelpRooms(RoomMessageRepository messages, SpaceService spaces, Members members, PostGuard guard, Markdown markdown,
              RateLimiter limiter, ApplicationEventPublisher events) {
        this.messages = messages;
        this.spaces = spaces;
        this.members = members;
        this.guard = guard;
        this.markdown = markdown;
        this.limiter = limiter;
        this.events = events;
    }

    /** The room's newest messages (before one, when given: the earlier page); 404 for a space the actor may not see. */
    @Transactional(readOnly = true)
    public HelpRoom latest(Actor actor, String slug, Long beforeId) {
        var space = spaces.view(actor, slug).space();
        var rows = messages.listBefore(space.id(), beforeId == null ? Long.MAX_VALUE : beforeId, reader(actor),
                actor.isModerator(), PAGE);
        return room(actor, space, rows);
    }

    /** The room's messages from one on (a conversation linked from the question it became). */
    @Transactional(readOnly = true)
    public HelpRoom from(Actor actor, String slug, long fromId) {
        var space = spaces.view(actor, slug).space();
        var rows = messages.listAfter(space.id(), fromId - 1, reader(actor), actor.isModerator(), PAGE);
        return room(actor, space, rows);
    }

    /** Messages after the one the client last saw, oldest first, at most a page. */
    @Transactional(readOnly = true)
    public List<RoomMessage> after(Actor actor, String slug, long afterId) {
        var space = spaces.view(actor, slug).space();
        return seen(actor, messages.listAfter(space.id(), afterId, reader(actor), actor.isModerator(), PAGE));
    }

    /** Refuses with 404 when the actor may not read the space's room: a live stream tells nothing more than the page. */
    @Transactional(readOnly = true)
    public void requireReadable(Actor actor, long spaceId) {
        spaces.requireVisible(actor, spaceId);
    }

    @Transactional
    public RoomMessage post(Actor actor, String slug, String body) {
        long authorId = actor.requireMember();
        var text = body == null ? "" : body.strip();
        if (InputText.isBlank(text)) throw new Invalid("body", "room.message.required");
        if (InputText.visibleLength(text) > MAX_LENGTH) throw new Invalid("body", "room.message.length", MAX_LENGTH);
        var space = spaces.view(actor, slug).space();
        var admitted = guard.admit(actor, new Draft("message", space.id(), null, text, Map.of(), List.of()));
        limiter.acquire("room-messages:" + authorId, PER_MINUTE, Duration.ofMinutes(1));
        long id = messages.insert(space.id(), authorId, admitted.body(), markdown.toHtml(admitted.body()), admitted.held());
        events.publishEvent(new RoomMessagePosted(space.id(), id, authorId, admitted.held()));
        return seen(actor, List.of(messages.find(space.id(), id).orElseThrow())).getFirst();
    }

    /** reason: one of moderation's flag reasons; a member flags a message once. */
    @Transactional
    public void flag(Actor actor, String slug, long messageId, String reason, String note) {
        long memberId = actor.requireMember();
        var why = reason == null ? "" : reason.strip();
        if (!Choices.isOneOf(why, FlagService.REASONS)) throw new Invalid("reason", "moderation.flag.reason", why);
        var text = note == null ? "" : note.strip();
        if (InputText.visibleLength(text) > 500) throw new Invalid("note", "moderation.flag.note-length");
        var space = spaces.view(actor, slug).space();
        var message = visible(actor, space, messageId);
        if (message.authorId() == memberId) throw new Conflict(null, "room.flag.own");
        if (!message.state().equals("shown")) throw new Conflict(null, "room.flag.not-shown");
        if (!messages.insertFlag(message.id(), memberId, why, text)) throw new Conflict(null, "moderation.flag.repeated");
        events.publishEvent(new RoomMessageFlagged(space.id(), message.id(), memberId, why));
    }

    /**
     * action: show (brings back a held or hidden message), hide, redact (erases its text: everyone sees that
     * it was redacted) or delete; moderators and above, with a reason.
     */
    @Transactional
    public RoomMessage moderate(Actor actor, String slug, long messageId, String action, String reason) {
        actor.require(Role.MODERATOR);
        var what = action == null ? "" : action.strip();
        if (!Choices.isOneOf(what, ACTIONS)) throw new Invalid("action", "room.moderate.action", what);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 500)) throw new Invalid("reason", "room.moderate.reason");
        var space = spaces.view(actor, slug).space();
        var message = visible(actor, space, messageId);
        if (message.state().equals("redacted")) throw new Conflict("action", "room.moderate.redacted");
        var state = switch (what) {
            case "show" -> "shown";
            case "hide" -> "hidden";
            case "redact" -> "redacted";
            default -> "deleted";
        };
        messages.updateState(message.id(), state, actor.memberId(), why);
        if (state.equals("redacted")) messages.erase(message.id());
        events.publishEvent(new RoomMessageModerated(space.id(), message.id(), what, actor.memberId()));
        return seen(actor, List.of(messages.find(space.id(), message.id()).orElseThrow())).getFirst();
    }

    /** Shown messages of every room the actor may see that match the words, best first; blank words find nothing. */
    @Transactional(readOnly = true)
    public List<RoomSearchHit> search(Actor actor, String words) {
        var query = words == null ? "" : words.strip();
        if (InputText.isBlank(query)) return List.of();
        if (InputText.visibleLength(query) > 500) throw new Invalid("q", "room.search.length", 500);
        var visible = spaces.listVisible(actor);
        if (visible.isEmpty()) return List.of();
        var bySpace = new HashMap<Long, Space>();
        visible.forEach(s -> bySpace.put(s.id(), s));
        var hits = messages.search(bySpace.keySet(), query, 30);
        var names = members.summaries(hits.stream().map(RoomMessageRepository.Hit::authorId).distinct().toList());
        return hits.stream().map(h -> new RoomSearchHit(bySpace.get(h.spaceId()), new RoomMessage(h.id(), h.spaceId(),
                h.authorId(), name(names, h.authorId()), h.body(), h.bodyHtml(), "shown", h.createdAt(), h.questionId(), 0))).toList();
    }

    /** The message if the actor sees it in this room, else 404. */
    private RoomMessageRepository.Row visible(Actor actor, Space space, long messageId) {
        var message = messages.find(space.id(), messageId).orElseThrow(NotFound::new);
        boolean seen = switch (message.state()) {
            case "shown", "redacted" -> true;
            case "held", "hidden" -> actor.isModerator() || actor.isMember(message.authorId());
            default -> actor.isModerator();
        };
        if (!seen) throw new NotFound();
        return message;
    }

    /** The rows as the actor may read them: names added, flag counts for moderators only. */
    List<RoomMessage> seen(Actor actor, List<RoomMessageRepository.Row> rows) {
        var names = members.summaries(rows.stream().map(RoomMessageRepository.Row::authorId).distinct().toList());
        return rows.stream().map(r -> new RoomMessage(r.id(), r.spaceId(), r.authorId(), name(names, r.authorId()),
                r.body(), r.bodyHtml(), r.state(), r.createdAt(), r.questionId(), actor.isModerator() ? r.flags() : 0)).toList();
    }

    private HelpRoom room(Actor actor, Space space, List<RoomMessageRepository.Row> rows) {
        boolean earlier = !rows.isEmpty() && messages.hasBefore(space.id(), rows.getFirst().id(), reader(actor), actor.isModerator());
        boolean later = !rows.isEmpty() && messages.hasAfter(space.id(), rows.getLast().id(), reader(actor), actor.isModerator());
        return new HelpRoom(space, seen(actor, rows), earlier, later, !actor.isVisitor(), actor.isModerator());
    }

    private static String name(Map<Long, org.muster.accounts.MemberSummary> names, long id) {
        var summary = names.get(id);
        return summary == null ? "?" : summary.displayName();
    }

    /** A visitor matches no author. */
    private static long reader(Actor actor) {
        return actor.isVisitor() ? -1 : actor.memberId();
    }
}
