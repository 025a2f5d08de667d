package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.platform.TagNames;
import org.muster.spaces.SpaceDetails;
import org.muster.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The tag rules of a question: 1 to 5 tags, the space's required groups, who may create tags. */
@Component
class Tags {

    private final TagRepository tags;
    private final SpaceService spaces;
    private final int positivePostsToCreate;

    Tags(TagRepository tags, SpaceService spaces,
         @Value("${muster.qa.tag-creation-positive-posts:3}") int positivePostsToCreate) {
        this.tags = tags;
        this.spaces = spaces;
        this.positivePostsToCreate = positivePostsToCreate;
    }

    /** Checks the tags and returns their ids, creating new tags when the actor may. */
    List<Long> resolve(Actor actor, SpaceDetails space, List<String> requested) {
        var names = normalize(requested);
        if (names.isEmpty() || names.size() > 5) throw new Invalid("tags", "question.tags.count");
        for (var group : space.tagGroups())
            if (group.tags().stream().noneMatch(names::contains))
                throw new Invalid("tags", "question.tags.group", group.name(), String.join(", ", group.tags()));
        var existing = tags.findIds(names);
        var readable = existing.isEmpty() ? List.<String>of()
                : tags.readableNames(existing.keySet(), spaces.visibleSpaceIds(actor), spaces.definedTags(actor));
        var ids = new ArrayList<Long>();
        for (var name : names) {
            // Tags an admin named in the space's groups exist for everyone from their first use.
            boolean named = space.tagGroups().stream().anyMatch(g -> g.tags().contains(name));
            if (!named && !readable.contains(name) && !mayCreate(actor))
                throw new Invalid("tags", "question.tags.unknown", name);
            // A tag used only where the actor may not read stays there: carrying it into his spaces
            // would show its name, description and questions to his readers.
            if (existing.containsKey(name) && !readable.contains(name))
                throw new Invalid("tags", "question.tags.unavailable", name);
            ids.add(existing.containsKey(name) ? existing.get(name) : tags.create(name, actor.memberId()));
        }
        return ids;
    }

    static List<String> normalize(List<String> requested) {
        var names = new LinkedHashSet<String>();
        if (requested != null)
            for (var raw : requested) {
                if (raw == null || raw.isBlank()) continue;
                var name = TagNames.normalize(raw);
                if (name == null) throw new Invalid("tags", TagNames.REFUSED, raw);
                names.add(name);
            }
        return List.copyOf(names);
    }

    private boolean mayCreate(Actor actor) {
        return actor.has(Role.CHAMPION) || tags.countPositivePosts(actor.requireMember()) >= positivePostsToCreate;
    }
}
