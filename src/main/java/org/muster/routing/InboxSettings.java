package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a member wants each kind of notification told. Kinds and settings are named in lower case
 * ({@code watched_question}, {@code in_app}) on pages and in the API. A sanction is always told; only
 * moderators and champions (the items in their review tags) have moderation items to be told about.
 */
@Service
class InboxSettings {

    /** One kind as a member has it set (or its default), with its name and the bundle key of its label, for pages. */
    record Choice(NotificationKind kind, String name, String messageKey, String setting, List<String> options) {

        Choice(NotificationKind kind, NotificationSetting setting) {
            this(kind, nameOf(kind), kind.messageKey(), setting.name().toLowerCase(Locale.ROOT), Arrays.stream(NotificationSetting.values())
                    .filter(s -> kind.mayBeTurnedOff() || s == kind.byDefault())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private final InboxRepository inbox;
    private final ApplicationEventPublisher events;

    InboxSettings(InboxRepository inbox, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Choice> of(Actor actor) {
        var chosen = inbox.settings(actor.requireMember());
        return kinds(actor).stream().map(k -> new Choice(k, chosen.getOrDefault(k, k.byDefault()))).toList();
    }

    /** Sets the kinds named to the settings named; refuses all of it if one is unknown or not allowed. */
    @Transactional
    void change(Actor actor, Map<String, String> choices) {
        long memberId = actor.requireMember();
        var parsed = new LinkedHashMap<NotificationKind, NotificationSetting>();
        for (var choice : choices.entrySet()) {
            var kind = kinds(actor).stream().filter(k -> nameOf(k).equals(choice.getKey())).findFirst()
                    .orElseThrow(() -> new Invalid("kind", "notification.settings.kind"));
            var setting = Arrays.stream(NotificationSetting.values())
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(choice.getValue())).findFirst()
                    .orElseThrow(() -> new Invalid(nameOf(kind), "notification.settings.setting"));
            if (!kind.mayBeTurnedOff() && setting != kind.byDefault())
                throw new Invalid(nameOf(kind), "notification.settings.sanction");
            parsed.put(kind, setting);
        }
        parsed.forEach((kind, setting) -> inbox.saveSetting(memberId, kind, setting));
        events.publishEvent(new NotificationSettingsChanged(memberId));
    }

    /** The kinds this member may be told about: reviews of posts and of canonical answers are champions' and above. */
    static List<NotificationKind> kinds(Actor actor) {
        return Arrays.stream(NotificationKind.values())
                .filter(k -> (k != NotificationKind.MODERATION && k != NotificationKind.CONTENT_REVIEW) || actor.has(Role.CHAMPION))
                .toList();
    }

    static String nameOf(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
