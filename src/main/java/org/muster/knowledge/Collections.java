package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.qa.Question;
import org.muster.qa.QuestionService;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Staff's "best of" collections: a title, a Markdown description and an ordered list of questions, pinned to
 * spaces whose pages link to them. Anyone reads them; each reader sees only the questions (and the spaces)
 * they may see, and counts only those.
 */
@Service
@NamedInterface("api")
public class Collections {

    static final int MAX_ITEMS = 200;

    private final CollectionRepository collections;
    private final QuestionService questions;
    private final SpaceService spaces;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    Collections(CollectionRepository collections, QuestionService questions, SpaceService spaces, Markdown markdown,
                ApplicationEventPublisher events) {
        this.collections = collections;
        this.questions = questions;
        this.spaces = spaces;
        this.markdown = markdown;
        this.events = events;
    }

    /** Every collection, each with the questions the reader may see. */
    @Transactional(readOnly = true)
    public List<CuratedCollection> list(Actor actor) {
        var all = collections.list();
        var items = collections.items(all.stream().map(StoredCollection::id).toList());
        var readable = questions.readable(actor, items.values().stream().flatMap(List::stream).distinct().toList());
        return all.stream().map(c -> shown(c, items.get(c.id()), readable, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public CuratedCollection get(Actor actor, long id) {
        var collection = collections.find(id).orElseThrow(NotFound::new);
        var items = collections.items(List.of(id)).get(id);
        var visibleSpaces = spaces.listVisible(actor);
        var pinned = new HashSet<>(collections.spaces(id));
        return shown(collection, items, questions.readable(actor, items),
                visibleSpaces.stream().filter(s -> pinned.contains(s.id())).toList());
    }

    /** The collections pinned to a space, for the space's page, whose controller has checked that its reader may see it. */
    @Transactional(readOnly = true)
    List<StoredCollection> pinnedTo(long spaceId) {
        return collections.pinnedTo(spaceId);
    }

    @Transactional
    public CuratedCollection create(Actor actor, CollectionInput input) {
        actor.require(Role.STAFF);
        var title = title(input.title());
        var description = description(input.description());
        long id = collections.insert(title, description, markdown.toHtml(description), actor.memberId());
        events.publishEvent(new CollectionCreated(id, actor.memberId()));
        return get(actor, id);
    }

    @Transactional
    public CuratedCollection edit(Actor actor, long id, CollectionInput input) {
        actor.require(Role.STAFF);
        var title = title(input.title());
        var description = description(input.description());
        collections.find(id).orElseThrow(NotFound::new);
        collections.update(id, title, description, markdown.toHtml(description));
        events.publishEvent(new CollectionEdited(id, actor.memberId()));
        return get(actor, id);
    }

    /**
     * The collection's questions in this order, replacing the list. Each must be a question the staff member may
     * see; those already in it that they may not see stay, at the end, so one who cannot see a private space
     * does not drop its questions.
     */
    @Transactional
    public CuratedCollection arrange(Actor actor, long id, CollectionItems input) {
        actor.require(Role.STAFF);
        var given = input.questionIds() == null ? List.<Long>of() : input.questionIds();
        if (given.size() > MAX_ITEMS) throw new Invalid("questionIds", "collection.items.too-many", MAX_ITEMS);
        var seen = new HashSet<Long>();
        for (int i = 0; i < given.size(); i++) {
            var questionId = given.get(i);
            if (questionId == null) throw new Invalid("questionIds[" + i + "]", "collection.item.unknown");
            if (!seen.add(questionId)) throw new Invalid("questionIds[" + i + "]", "collection.item.twice");
        }
        collections.find(id).orElseThrow(NotFound::new);
        var readable = questions.readable(actor, given);
        for (int i = 0; i < given.size(); i++)
            if (!readable.containsKey(given.get(i))) throw new Invalid("questionIds[" + i + "]", "collection.item.unknown");
        var stored = collections.items(List.of(id)).get(id);
        var readableStored = questions.readable(actor, stored);
        var keptHidden = stored.stream().filter(q -> !seen.contains(q) && !readableStored.containsKey(q)).toList();
        var order = new ArrayList<>(given);
        order.addAll(keptHidden);
        if (order.size() > MAX_ITEMS) throw new Invalid("questionIds", "collection.items.too-many", MAX_ITEMS);
        collections.replaceItems(id, order);
        events.publishEvent(new CollectionItemsArranged(id, order.size(), actor.memberId()));
        return get(actor, id);
    }

    /** Adds a question at the end, for the page; the API sends the whole list. */
    @Transactional
    public CuratedCollection add(Actor actor, long id, long questionId) {
        actor.require(Role.STAFF);
        var order = new ArrayList<>(visibleItems(actor, id));
        if (order.contains(questionId)) throw new Conflict("questionId", "collection.item.twice");
        order.add(questionId);
        return arrange(actor, id, new CollectionItems(order));
    }

    @Transactional
    public CuratedCollection remove(Actor actor, long id, long questionId) {
        actor.require(Role.STAFF);
        var order = new ArrayList<>(visibleItems(actor, id));
        if (!order.remove(questionId)) throw new NotFound();
        return arrange(actor, id, new CollectionItems(order));
    }

    /** Moves a question one place up (-1) or down (+1) among those the staff member sees. */
    @Transactional
    public CuratedCollection move(Actor actor, long id, long questionId, int by) {
        actor.require(Role.STAFF);
        var order = new ArrayList<>(visibleItems(actor, id));
        int from = order.indexOf(questionId);
        if (from < 0) throw new NotFound();
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(by)));
        order.add(to, order.remove(from));
        return arrange(actor, id, new CollectionItems(order));
    }

    @Transactional
    public CuratedCollection pin(Actor actor, long id, String spaceSlug, boolean pinned) {
        actor.require(Role.STAFF);
        collections.find(id).orElseThrow(NotFound::new);
        var space = spaces.view(actor, spaceSlug == null ? "" : spaceSlug.strip()).space();
        if (collections.pin(id, space.id(), pinned))
            events.publishEvent(new CollectionPinned(id, space.id(), pinned, actor.memberId()));
        return get(actor, id);
    }

    private List<Long> visibleItems(Actor actor, long id) {
        collections.find(id).orElseThrow(NotFound::new);
        var stored = collections.items(List.of(id)).get(id);
        var readable = questions.readable(actor, stored);
        return stored.stream().filter(readable::containsKey).toList();
    }

    private static CuratedCollection shown(StoredCollection c, List<Long> items, Map<Long, Question> readable, List<Space> pinned) {
        var shown = items.stream().filter(readable::containsKey).map(readable::get)
                .map(q -> new CuratedCollection.Item(q.id(), q.title(), q.slug(), q.tags(), q.answerCount(), q.solved())).toList();
        return new CuratedCollection(c.id(), c.title(), c.description(), c.descriptionHtml(), shown,
                pinned.stream().map(s -> new CuratedCollection.PinnedSpace(s.id(), s.slug(), s.name())).toList(), c.updatedAt());
    }

    private static String title(String text) {
        var title = text == null ? "" : InputText.singleLine(text).strip();
        if (!InputText.fits(title, 3, 150)) throw new Invalid("title", "collection.title.length");
        return title;
    }

    private static String description(String text) {
        var description = text == null ? "" : text.strip();
        if (InputText.visibleLength(description) > 5_000) throw new Invalid("description", "collection.description.too-long");
        return description;
    }
}
