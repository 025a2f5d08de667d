package org.muster.routing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The mail's unsubscribe link, for readers who are not signed in. GET only asks (mail scanners fetch
 * links); POST turns the kind off, from the page's button or a mail client's RFC 8058 one-click
 * POST, which carries no CSRF token: the signed token in the address is the proof.
 */
@Controller
class UnsubscribePages {

    private final Unsubscribes unsubscribes;

    UnsubscribePages(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        var kind = unsubscribes.kindOf(token);
        model.addAttribute("token", token);
        model.addAttribute("kind", kind.messageKey());
        model.addAttribute("locked", !kind.mayBeTurnedOff());
        return "routing/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("kind", unsubscribes.unsubscribe(token).messageKey());
        model.addAttribute("done", true);
        return "routing/unsubscribe";
    }
}
