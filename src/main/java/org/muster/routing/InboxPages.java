package org.muster.routing;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The inbox of notifications and the settings of what is told how. */
@Controller
class InboxPages {

    private final Inbox inbox;
    private final InboxSettings settings;
    private final MessageSource messages;

    InboxPages(Inbox inbox, InboxSettings settings, MessageSource messages) {
        this.inbox = inbox;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) String after, Actor actor, Locale locale, Model model) {
        model.addAttribute("page", inbox.page(actor, InboxCursor.decode(after), locale));
        return "routing/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, Actor actor) {
        inbox.markRead(actor, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(Actor actor) {
        inbox.markAllRead(actor);
        return "redirect:/notifications";
    }

    @GetMapping("/settings/notifications")
    String settingsPage(Actor actor, Model model) {
        model.addAttribute("choices", settings.of(actor));
        return "routing/settings";
    }

    @PostMapping("/settings/notifications")
    String changeSettings(@RequestParam Map<String, String> params, Actor actor, Locale locale, Model model,
                          HttpServletResponse response) {
        var choices = new LinkedHashMap<String, String>();
        for (var kind : InboxSettings.kinds(actor))
            if (params.containsKey(InboxSettings.nameOf(kind)))
                choices.put(InboxSettings.nameOf(kind), params.get(InboxSettings.nameOf(kind)));
        try {
            settings.change(actor, choices);
            return "redirect:/settings/notifications?saved";
        } catch (Invalid refused) {
            // Shown again as sent, with the message beside the refused kind.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("choices", settings.of(actor));
            model.addAttribute("sent", choices);
            model.addAttribute("refusedField", refused.field());
            model.addAttribute("refusedMessage", messages.getMessage(refused.key(), refused.args(), refused.key(), locale));
            return "routing/settings";
        }
    }
}
