package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.routing.QuestionClimbed.Step;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Admins set, per space, after how many hours an unanswered question takes each step of the ladder. */
@Service
class LadderSettings {

    static final int MAX_HOURS = 8760;

    private final LadderRepository ladders;
    private final SpaceService spaces;
    private final ApplicationEventPublisher events;

    LadderSettings(LadderRepository ladders, SpaceService spaces, ApplicationEventPublisher events) {
        this.ladders = ladders;
        this.spaces = spaces;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Ladder ladder(Actor actor, String spaceSlug) {
        actor.require(Role.ADMIN);
        return ladders.find(spaces.view(actor, spaceSlug).space().id()).orElse(Ladder.NONE);
    }

    /** space id → its ladder, for the spaces that have one. */
    @Transactional(readOnly = true)
    public Map<Long, Ladder> ladders(Actor actor) {
        actor.require(Role.ADMIN);
        return ladders.listBySpace();
    }

    /** Each step given must come later than the steps before it; all left out removes the ladder. */
    @Transactional
    public Ladder set(Actor actor, String spaceSlug, Ladder ladder) {
        actor.require(Role.ADMIN);
        check(ladder);
        long spaceId = spaces.view(actor, spaceSlug).space().id();
        if (ladder.isEmpty()) ladders.delete(spaceId);
        else ladders.save(spaceId, ladder);
        events.publishEvent(new LadderSet(spaceId, ladder.morePeers(), ladder.champions(), ladder.staffQueue(),
                ladder.escalation(), actor.memberId()));
        return ladder;
    }

    private static void check(Ladder ladder) {
        Step previous = null;
        for (var step : Step.values()) {
            var hours = ladder.hours(step);
            if (hours == null) continue;
            if (hours < 1 || hours > MAX_HOURS) throw new Invalid(Ladder.field(step), "ladder.hours.invalid", MAX_HOURS);
            if (previous != null && hours <= ladder.hours(previous))
                throw new Invalid(Ladder.field(step), "ladder.order", ladder.hours(previous));
            previous = step;
        }
    }
}
