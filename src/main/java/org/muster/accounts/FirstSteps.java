package org.muster.accounts;

import org.muster.platform.Actor;
import org.muster.platform.Unauthenticated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;

/**
 * Short tips for a new member on the home page (complete the profile, ask or answer, watch a tag, look
 * at missions), until the member hides them or has been here a month: by then they know their way.
 */
@Service
class FirstSteps {

    private static final Duration NEW_FOR = Duration.ofDays(30);

    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    FirstSteps(MemberRepository members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean due(Actor actor) {
        if (actor.isVisitor()) return false;
        return members.firstStepsDue(actor.memberId(), (int) NEW_FOR.toDays());
    }

    @Transactional
    public void dismiss(Actor actor) {
        if (actor.isVisitor()) throw new Unauthenticated();
        if (members.dismissFirstSteps(actor.memberId())) events.publishEvent(new FirstStepsDismissed(actor.memberId()));
    }
}
