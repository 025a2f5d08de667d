package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.NotFound;
import org.muster.platform.TagNames;
import org.muster.qa.QuestionService;
import org.muster.qa.TagService;
import org.muster.qa.WatchedQuestion;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;

/**
 * Watching tags and spaces: a new question in one tells the watcher. Only what the member may see can be
 * watched (anything else is 404, as on its page); question watches stay qa's and are listed here beside them.
 */
@Service
class WatchService {

    /** What a member watches, as far as they may still see it. */
    record Watching(List<WatchedQuestion> questions, List<String> tags, List<Space> spaces) {
    }

    private final WatchRepository watches;
    private final TagService tags;
    private final SpaceService spaces;
    private final QuestionService questions;
    private final ApplicationEventPublisher events;

    WatchService(WatchRepository watches, TagService tags, SpaceService spaces, QuestionService questions,
                 ApplicationEventPublisher events) {
        this.watches = watches;
        this.tags = tags;
        this.spaces = spaces;
        this.questions = questions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Watching watching(Actor actor) {
        long memberId = actor.requireMember();
        var spaceIds = new HashSet<>(watches.listSpaceIds(memberId));
        var tagNames = watches.listTags(memberId);
        var readable = tags.readableNames(actor, tagNames);
        return new Watching(questions.watched(actor), tagNames.stream().filter(readable::contains).toList(),
                spaces.listVisible(actor).stream().filter(s -> spaceIds.contains(s.id())).toList());
    }

    @Transactional(readOnly = true)
    boolean watchingTag(Actor actor, String tag) {
        return watches.watchingTag(actor.requireMember(), readableTag(actor, tag));
    }

    @Transactional(readOnly = true)
    boolean watchingSpace(Actor actor, String slug) {
        return watches.watchingSpace(actor.requireMember(), spaces.view(actor, slug).space().id());
    }

    @Transactional
    boolean watchTag(Actor actor, String tag, boolean watching) {
        long memberId = actor.requireMember();
        var name = readableTag(actor, tag);
        watches.watchTag(memberId, name, watching);
        events.publishEvent(new TopicWatched(memberId, name, null, watching));
        return watching;
    }

    @Transactional
    boolean watchSpace(Actor actor, String slug, boolean watching) {
        long memberId = actor.requireMember();
        var space = spaces.view(actor, slug).space();
        watches.watchSpace(memberId, space.id(), watching);
        events.publishEvent(new TopicWatched(memberId, null, space.id(), watching));
        return watching;
    }

    /** The tag as questions carry it; 404 when it is no tag the actor may see, as its page. */
    private String readableTag(Actor actor, String tag) {
        var name = TagNames.normalize(tag);
        if (name == null || !tags.readableNames(actor, List.of(name)).contains(name)) throw new NotFound();
        return name;
    }
}
