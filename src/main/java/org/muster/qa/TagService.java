package org.muster.qa;

import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Tags and their pages. Counts are over all live questions; lists filter by what the reader sees. */
@Service
public class TagService {

    private final TagRepository tags;

    TagService(TagRepository tags) {
        this.tags = tags;
    }

    @Transactional(readOnly = true)
    public List<Tag> list(String prefix) {
        return tags.listPopular(prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT), 100);
    }

    @Transactional(readOnly = true)
    public Tag get(String name) {
        return tags.find(name.toLowerCase(java.util.Locale.ROOT)).orElseThrow(NotFound::new);
    }

    @Transactional
    public Tag describe(Actor actor, String name, String description) {
        actor.require(Role.CHAMPION);
        var tag = get(name);
        var text = description == null ? "" : description.strip();
        if (InputText.visibleLength(text) > 2000) throw new org.muster.platform.Invalid("description", "tag.description.too-long");
        tags.describe(tag.id(), text);
        return get(name);
    }
}
