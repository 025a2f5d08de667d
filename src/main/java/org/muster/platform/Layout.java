package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is looking. */
@ControllerAdvice(annotations = Controller.class)
class Layout {

    @ModelAttribute("actor")
    Actor actor(HttpServletRequest request) {
        return CurrentActor.of(request);
    }
}
