package org.muster.qa;

import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Tags and their pages, as the reader sees them: a tag exists for him when a question he may read
 * carries it or a space he may read names it, and its count is of the questions he may read.
 */
@Service
@NamedInterface("api")
public class TagService {

    /** Suggested as a tag is typed: enough to choose from, the most used first. */
    static final int SUGGESTED = 8;
    /** Enough for typing tags fast; too few to walk every tag. */
    static final int SUGGESTIONS_PER_MINUTE = 60;
    /** No tag name is longer. */
    private static final int MAX_PREFIX = 35;

    private final TagRepository tags;
    private final SpaceService spaces;
    private final RateLimiter limiter;

    private final ApplicationEventPublisher events;

    TagService(TagRepository tags, SpaceService spaces, RateLimiter limiter, ApplicationEventPublisher events) {
        this.events = events;
        this.limiter = limiter;
        this.tags = tags;
        this.spaces = spaces;
    }

    @Transactional(readOnly = true)
    public List<Tag> list(Actor actor, String prefix) {
        return tags.listReadable(prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT),
                spaces.visibleSpaceIds(actor), spaces.definedTags(actor), 100);
    }

    /** The tags the reader may see that start with what he typed, the most used first, for the tag field's suggestions. */
    @Transactional(readOnly = true)
    public List<Tag> suggest(Actor actor, String prefix) {
        long memberId = actor.requireMember();
        var typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) return List.of();
        limiter.acquire("tag-suggestions:" + memberId, SUGGESTIONS_PER_MINUTE, Duration.ofMinutes(1));
        return tags.listReadable(typed.length() > MAX_PREFIX ? typed.substring(0, MAX_PREFIX) : typed,
                spaces.visibleSpaceIds(actor), spaces.definedTags(actor), SUGGESTED);
    }

    /** The tag, or 404 when it does not exist for the reader. */
    @Transactional(readOnly = true)
    public Tag get(Actor actor, String name) {
        return tags.findReadable(name.toLowerCase(Locale.ROOT), spaces.visibleSpaceIds(actor), spaces.definedTags(actor))
                .orElseThrow(NotFound::new);
    }

    /** The names among these that exist for the reader (see {@link #get}). */
    @Transactional(readOnly = true)
    public Set<String> readableNames(Actor actor, Collection<String> names) {
        if (names.isEmpty()) return Set.of();
        return Set.copyOf(tags.readableNames(names, spaces.visibleSpaceIds(actor), spaces.definedTags(actor)));
    }

    @Transactional
    public Tag describe(Actor actor, String name, String description) {
        actor.require(Role.CHAMPION);
        var tag = get(actor, name);
        var text = description == null ? "" : description.strip();
        if (InputText.visibleLength(text) > 2000) throw new Invalid("description", "tag.description.too-long");
        tags.describe(tag.id(), text);
        events.publishEvent(new TagDescribed(tag.id(), tag.name(), actor.memberId()));
        return get(actor, name);
    }
}
