package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A member's quiet hours and digest times, for the settings page, the API and the mail jobs. */
@Service
class MailPreferenceService {

    private final MailScheduleRepository schedules;
    private final ApplicationEventPublisher events;

    MailPreferenceService(MailScheduleRepository schedules, ApplicationEventPublisher events) {
        this.schedules = schedules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public MailPreferences preferences(Actor actor) {
        var schedule = schedule(actor.requireMember());
        return new MailPreferences(text(schedule.quietStart()), text(schedule.quietEnd()), schedule.digestHour(),
                schedule.weeklyDay());
    }

    @Transactional
    public MailPreferences change(Actor actor, MailPreferences preferences) {
        long memberId = actor.requireMember();
        var start = time("quietHoursStart", preferences.quietHoursStart());
        var end = time("quietHoursEnd", preferences.quietHoursEnd());
        if (start == null && end != null) throw new Invalid("quietHoursStart", "mail.preferences.quiet.both");
        if (start != null && end == null) throw new Invalid("quietHoursEnd", "mail.preferences.quiet.both");
        if (start != null && start.equals(end)) throw new Invalid("quietHoursEnd", "mail.preferences.quiet.same");
        var hour = preferences.digestHour();
        if (hour == null || hour < 0 || hour > 23) throw new Invalid("digestHour", "mail.preferences.digest-hour");
        if (preferences.weeklyDigestDay() == null) throw new Invalid("weeklyDigestDay", "mail.preferences.weekly-day");
        schedules.save(memberId, new MailSchedule(start, end, hour, preferences.weeklyDigestDay()));
        events.publishEvent(new NotificationMailPreferencesChanged(memberId));
        return preferences(actor);
    }

    MailSchedule schedule(long memberId) {
        return schedules.find(memberId).orElse(MailSchedule.DEFAULT);
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "mail.preferences.time");
        }
    }

    private static String text(LocalTime time) {
        return time == null ? "" : time.toString();
    }
}
