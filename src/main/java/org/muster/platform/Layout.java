package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import java.util.List;
import java.util.Locale;

/**
 * What every page's layout needs: who is looking, the community's brand, the languages it may be read
 * in, and for a member how many notifications are unread.
 */
@ControllerAdvice(annotations = Controller.class)
class Layout {

    private final ObjectProvider<UnreadNotifications> notifications;
    private final ObjectProvider<BrandSource> brands;

    Layout(ObjectProvider<UnreadNotifications> notifications, ObjectProvider<BrandSource> brands) {
        this.notifications = notifications;
        this.brands = brands;
    }

    @ModelAttribute("actor")
    Actor actor(HttpServletRequest request) {
        return CurrentActor.of(request);
    }

    /** The codes of the languages Muster speaks, for the language menu and the member's setting. */
    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    @ModelAttribute("brand")
    Brand brand() {
        var source = brands.getIfAvailable();
        return source == null ? Brand.PLAIN : source.brand();
    }

    /**
     * Only for members: a visitor's page stays the same for everyone (it may be cached). Counted only
     * when a page's header shows it, never for the API, an htmx fragment or a redirect.
     */
    @ModelAttribute
    void unreadNotifications(HttpServletRequest request, Model model) {
        var actor = CurrentActor.of(request);
        if (actor.isVisitor()) return;
        notifications.ifAvailable(unread -> model.addAttribute("unreadNotifications", new LazyContextVariable<Integer>() {
            @Override
            protected Integer loadValue() {
                return unread.unread(actor.memberId());
            }
        }));
    }
}
