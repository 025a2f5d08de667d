package org.muster.routing;

import org.muster.platform.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning one kind of notification off from a mail's link, without signing in. */
@Service
class Unsubscribes {

    private final UnsubscribeLinks links;
    private final InboxRepository repository;
    private final ApplicationEventPublisher events;

    Unsubscribes(UnsubscribeLinks links, InboxRepository repository, ApplicationEventPublisher events) {
        this.links = links;
        this.repository = repository;
        this.events = events;
    }

    /** What the link would turn off; a link not signed here is bad input. */
    public NotificationKind kindOf(String token) {
        return read(token).kind();
    }

    /** Sanctions are always told: a member must know why they cannot post, so that kind stays on. */
    @Transactional
    public NotificationKind unsubscribe(String token) {
        var unsubscribe = read(token);
        if (!unsubscribe.kind().mayBeTurnedOff()) throw new Invalid("token", "unsubscribe.sanction");
        repository.saveSetting(unsubscribe.memberId(), unsubscribe.kind(), NotificationSetting.OFF);
        events.publishEvent(new NotificationUnsubscribed(unsubscribe.memberId(), unsubscribe.kind().name()));
        return unsubscribe.kind();
    }

    private UnsubscribeLinks.Unsubscribe read(String token) {
        return links.read(token).orElseThrow(() -> new Invalid("token", "unsubscribe.invalid"));
    }
}
