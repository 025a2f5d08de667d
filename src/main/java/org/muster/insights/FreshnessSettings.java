package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The age in months from which a solution counts as old, which admins set; 12 until they do. */
@Service
class FreshnessSettings {

    static final String MONTHS = "freshness.months";
    static final long DEFAULT_MONTHS = 12;
    static final long LONGEST_MONTHS = 120;

    private final InsightSettings settings;
    private final ApplicationEventPublisher events;

    FreshnessSettings(InsightSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    long months() {
        return settings.value(MONTHS, DEFAULT_MONTHS);
    }

    @Transactional(readOnly = true)
    public long months(Actor actor) {
        actor.require(Role.STAFF);
        return months();
    }

    /** Admins only; from 1 to 120 months. */
    @Transactional
    public long setMonths(Actor actor, Long months) {
        actor.require(Role.ADMIN);
        if (months == null || months < 1 || months > LONGEST_MONTHS)
            throw new Invalid("months", "insights.freshness.months", LONGEST_MONTHS);
        settings.set(MONTHS, months, actor.memberId());
        events.publishEvent(new FreshnessMonthsSet(months, actor.memberId()));
        return months;
    }
}
