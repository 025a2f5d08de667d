package org.muster.knowledge;

import org.muster.moderation.Settings;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.muster.qa.Question;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who looks after a question's knowledge (its summary, its canonical answer's review): staff, or a
 * champion whose review tags, which moderation holds, include one of the question's tags.
 */
@Component
class TagChampions {

    private final Settings moderation;

    TagChampions(Settings moderation) {
        this.moderation = moderation;
    }

    boolean lookAfter(Actor actor, Question question) {
        if (actor.isVisitor()) return false;
        if (actor.isStaff()) return true;
        if (!actor.has(Role.CHAMPION)) return false;
        var tags = moderation.championTags(List.of(actor.memberId())).getOrDefault(actor.memberId(), List.of());
        return tags.stream().anyMatch(question.tags()::contains);
    }
}
