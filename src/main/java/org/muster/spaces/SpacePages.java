package org.muster.spaces;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The spaces a reader may see; a space's own page, with its questions, is served by qa. */
@Controller
class SpacePages {

    private final SpaceService spaces;

    SpacePages(SpaceService spaces) {
        this.spaces = spaces;
    }

    @GetMapping("/spaces")
    String list(Actor actor, Model model) {
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "spaces/list";
    }
}
