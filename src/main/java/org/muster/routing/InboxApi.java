package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Notifications")
class InboxApi {

    /** One line of the inbox: {@code count} notifications about one question folded into one, or a single one. */
    record LineJson(long id, String kind, Long questionId, String text, String path, Instant createdAt, boolean read,
                    int count) {
    }

    record PageJson(List<LineJson> lines, String next) {
    }

    record UnreadJson(int unread) {
    }

    record SettingJson(String kind, String setting) {
    }

    private final Inbox inbox;
    private final InboxSettings settings;

    InboxApi(Inbox inbox, InboxSettings settings) {
        this.inbox = inbox;
        this.settings = settings;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "Your notifications, newest first; the unread ones about one question folded into one line. "
            + "Pass the answer's next as after for the following page")
    PageJson list(@RequestParam(required = false) String after, Actor actor, Locale locale) {
        var page = inbox.page(actor, InboxCursor.decode(after), locale);
        return new PageJson(page.lines().stream().map(l -> new LineJson(l.id(), InboxSettings.nameOf(l.kind()),
                        l.questionId(), l.text(), l.path(), l.createdAt(), l.read(), l.count())).toList(),
                page.next());
    }

    @GetMapping("/api/v1/notifications/unread-count")
    @Operation(summary = "How many lines of your notifications are unread (counted among the newest hundred unread)")
    UnreadJson unread(Actor actor) {
        return new UnreadJson(inbox.unread(actor.requireMember()));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a line read: the notification and every unread one about its question; 404 for another member's")
    void read(@PathVariable long id, Actor actor) {
        inbox.markRead(actor, id);
    }

    @PostMapping("/api/v1/notifications/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark all your notifications read")
    void readAll(Actor actor) {
        inbox.markAllRead(actor);
    }

    @GetMapping("/api/v1/notification-settings")
    @Operation(summary = "How you are told about each kind of notification: in_app, email (at once), daily, weekly or off")
    List<SettingJson> settings(Actor actor) {
        return json(settings.of(actor));
    }

    @PutMapping("/api/v1/notification-settings")
    @Operation(summary = "Set how you are told about some kinds, [{kind, setting}]; 400 names the kind at fault. "
            + "A sanction cannot be turned off")
    List<SettingJson> change(@RequestBody List<SettingJson> input, Actor actor) {
        var choices = new LinkedHashMap<String, String>();
        for (var item : input) {
            if (item == null || item.kind() == null) throw new Invalid("kind", "notification.settings.kind");
            choices.put(item.kind(), item.setting());
        }
        settings.change(actor, choices);
        return json(settings.of(actor));
    }

    private static List<SettingJson> json(List<InboxSettings.Choice> choices) {
        return choices.stream().map(c -> new SettingJson(c.name(), c.setting())).toList();
    }
}
