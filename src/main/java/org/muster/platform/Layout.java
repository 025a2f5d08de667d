package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is looking, and for a member how many notifications are unread. */
@ControllerAdvice(annotations = Controller.class)
class Layout {

    private final ObjectProvider<UnreadNotifications> notifications;

    Layout(ObjectProvider<UnreadNotifications> notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("actor")
    Actor actor(HttpServletRequest request) {
        return CurrentActor.of(request);
    }

    /**
     * Only for members' pages: a visitor's page stays the same for everyone (it may be cached), and a
     * form's post answers with a redirect that shows no header.
     */
    @ModelAttribute
    void unreadNotifications(HttpServletRequest request, Model model) {
        var actor = CurrentActor.of(request);
        if (actor.isVisitor() || !"GET".equals(request.getMethod())) return;
        notifications.ifAvailable(unread -> model.addAttribute("unreadNotifications", unread.unread(actor.memberId())));
    }
}
